package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.chart.HitTarget;
/**
 * An experiment's marker as drawn on the scatter chart, for hit testing.
 *
 * @param experiment the experiment
 * @param xPx        centre, chart pixels
 * @param yPx        centre, chart pixels
 * @param radiusPx   marker radius, pixels
 */
record PlacedExperiment(CompressExperiment experiment, double xPx, double yPx, double radiusPx) implements HitTarget {

    /** @return whether ({@code x}, {@code y}) lies on the marker, with {@code slopPx} to spare */
    @Override
    public boolean contains(double x, double y, double slopPx) {
        double r = radiusPx + slopPx;
        return (x - xPx) * (x - xPx) + (y - yPx) * (y - yPx) <= r * r;
    }
}
