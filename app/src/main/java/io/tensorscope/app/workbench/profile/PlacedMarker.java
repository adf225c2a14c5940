package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.chart.HitTarget;
import io.tensorscope.profiler.roofline.RooflinePoint;

/**
 * A roofline point as drawn, for hit testing.
 *
 * @param run      the profile it belongs to
 * @param point    the kernel's point
 * @param xPx      centre, chart pixels
 * @param yPx      centre, chart pixels
 * @param radiusPx marker radius, pixels
 */
record PlacedMarker(ProfileRun run, RooflinePoint point, double xPx, double yPx, double radiusPx) implements HitTarget {

    /** @return whether ({@code x}, {@code y}) lies on the marker, with {@code slopPx} to spare */
    @Override
    public boolean contains(double x, double y, double slopPx) {
        double r = radiusPx + slopPx;
        return (x - xPx) * (x - xPx) + (y - yPx) * (y - yPx) <= r * r;
    }
}
