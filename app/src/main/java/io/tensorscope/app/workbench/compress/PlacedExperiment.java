package io.tensorscope.app.workbench.compress;

/**
 * An experiment's marker as drawn on the scatter chart, for hit testing.
 *
 * @param experiment the experiment
 * @param xPx        centre, chart pixels
 * @param yPx        centre, chart pixels
 * @param radiusPx   marker radius, pixels
 */
record PlacedExperiment(CompressExperiment experiment, double xPx, double yPx, double radiusPx) {

    /** @return whether ({@code x}, {@code y}) lies on the marker, with {@code slopPx} to spare */
    boolean contains(double x, double y, double slopPx) {
        double r = radiusPx + slopPx;
        return (x - xPx) * (x - xPx) + (y - yPx) * (y - yPx) <= r * r;
    }
}
