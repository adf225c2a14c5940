package io.tensorscope.app.workbench.graph;

import java.util.List;

/**
 * Positions of a model's nodes and edges, in layout units (≈ pixels at zoom 1), origin top-left.
 * Node {@code i} is the graph's node {@code i}.
 *
 * @param boxes  one box per node
 * @param edges  one polyline per producer→consumer tensor edge
 * @param width  width of the whole drawing
 * @param height height of the whole drawing
 */
public record GraphLayout(List<Box> boxes, List<Edge> edges, double width, double height) {

    /** A node's rectangle. */
    public record Box(double x, double y, double width, double height) {

        /** @return true if the point lies inside */
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        /** @return the centre's x */
        public double centerX() {
            return x + width / 2;
        }

        /** @return the centre's y */
        public double centerY() {
            return y + height / 2;
        }
    }

    /**
     * An edge as a polyline.
     *
     * @param from   producing node index
     * @param to     consuming node index
     * @param points x0, y0, x1, y1, … in layout units
     */
    public record Edge(int from, int to, double[] points) {
    }

    /** @return the index of the node whose box contains the point, or -1 */
    public int nodeAt(double x, double y) {
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }
}
