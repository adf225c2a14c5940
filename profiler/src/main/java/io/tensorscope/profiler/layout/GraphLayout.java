package io.tensorscope.profiler.layout;

import java.util.List;

/**
 * Positions of a model's nodes and edges in graph coordinates (pixels at zoom 1, y down), as computed by
 * {@link GraphLayouter}. Node {@code i} is node {@code i} of the graph's node list. Immutable.
 */
public final class GraphLayout {

    private final double[] x;
    private final double[] y;
    private final double[] width;
    private final double[] height;
    private final String[] opTypes;
    private final String[] names;
    private final List<double[]> edges;
    private final double totalWidth;
    private final double totalHeight;
    private final long layoutMillis;

    /**
     * @param x            left edge of each node
     * @param y            top edge of each node
     * @param width        width of each node
     * @param height       height of each node
     * @param opTypes      op type of each node
     * @param names        name of each node
     * @param edges        each edge as a polyline {@code x0, y0, x1, y1, ...}
     * @param totalWidth   width of the whole drawing
     * @param totalHeight  height of the whole drawing
     * @param layoutMillis time the layout took, milliseconds
     */
    GraphLayout(double[] x, double[] y, double[] width, double[] height, String[] opTypes, String[] names,
                List<double[]> edges, double totalWidth, double totalHeight, long layoutMillis) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.opTypes = opTypes;
        this.names = names;
        this.edges = List.copyOf(edges);
        this.totalWidth = totalWidth;
        this.totalHeight = totalHeight;
        this.layoutMillis = layoutMillis;
    }

    /** @return number of nodes */
    public int nodeCount() {
        return x.length;
    }

    /** @return left edge of node {@code i} */
    public double x(int i) {
        return x[i];
    }

    /** @return top edge of node {@code i} */
    public double y(int i) {
        return y[i];
    }

    /** @return width of node {@code i} */
    public double width(int i) {
        return width[i];
    }

    /** @return height of node {@code i} */
    public double height(int i) {
        return height[i];
    }

    /** @return horizontal centre of node {@code i} */
    public double centerX(int i) {
        return x[i] + width[i] / 2;
    }

    /** @return vertical centre of node {@code i} */
    public double centerY(int i) {
        return y[i] + height[i] / 2;
    }

    /** @return op type of node {@code i} */
    public String opType(int i) {
        return opTypes[i];
    }

    /** @return name of node {@code i} */
    public String name(int i) {
        return names[i];
    }

    /** @return edges as polylines {@code x0, y0, x1, y1, ...} */
    public List<double[]> edges() {
        return edges;
    }

    /** @return width of the drawing */
    public double totalWidth() {
        return totalWidth;
    }

    /** @return height of the drawing */
    public double totalHeight() {
        return totalHeight;
    }

    /** @return wall time the layout took, milliseconds */
    public long layoutMillis() {
        return layoutMillis;
    }

    /** @return the node under point ({@code gx}, {@code gy}) in graph coordinates, or -1 */
    public int nodeAt(double gx, double gy) {
        for (int i = 0; i < x.length; i++) {
            if (gx >= x[i] && gx <= x[i] + width[i] && gy >= y[i] && gy <= y[i] + height[i]) {
                return i;
            }
        }
        return -1;
    }
}
