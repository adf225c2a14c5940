package io.tensorscope.profiler.layout;

/**
 * One edge of a {@link GraphLayout}: the polyline from the box producing a tensor to a box reading it, with its
 * bounding box (for culling), graph coordinates.
 *
 * @param points {@code x0, y0, x1, y1, ...}, at least two points
 * @param tensor name of the tensor it carries
 * @param minX   smallest x of the points
 * @param minY   smallest y of the points
 * @param maxX   largest x of the points
 * @param maxY   largest y of the points
 */
public record LayoutEdge(double[] points, String tensor, double minX, double minY, double maxX, double maxY) {

    /** An edge with its bounding box computed from {@code points}. */
    public static LayoutEdge of(double[] points, String tensor) {
        double lowX = Double.MAX_VALUE;
        double lowY = Double.MAX_VALUE;
        double highX = -Double.MAX_VALUE;
        double highY = -Double.MAX_VALUE;
        for (int k = 0; k < points.length; k += 2) {
            lowX = Math.min(lowX, points[k]);
            highX = Math.max(highX, points[k]);
            lowY = Math.min(lowY, points[k + 1]);
            highY = Math.max(highY, points[k + 1]);
        }
        return new LayoutEdge(points, tensor, lowX, lowY, highX, highY);
    }
}
