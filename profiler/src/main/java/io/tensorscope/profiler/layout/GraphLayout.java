package io.tensorscope.profiler.layout;

import java.util.Arrays;
import java.util.List;

/**
 * Positions of a model's boxes and edges in graph coordinates (pixels at zoom 1, y down), as computed by
 * {@link GraphLayouter}. A box is a node of the graph or a graph input or output ({@link BoxKind}); the node boxes come
 * first, in graph order, then the inputs, then the outputs. Nodes the request hid have no box. Immutable.
 */
public final class GraphLayout {

    private final double[] x;
    private final double[] y;
    private final double[] width;
    private final double[] height;
    private final String[] labels;
    private final String[] names;
    private final BoxKind[] kinds;
    private final int[] nodeOfBox;
    private final int[] boxOfNode;
    private final List<LayoutEdge> edges;
    private final double totalWidth;
    private final double totalHeight;
    private final long layoutMillis;

    /**
     * @param boxes        position, size, label, kind and node of each box
     * @param nodeCount    nodes of the graph (drawn or hidden)
     * @param edges        the edges
     * @param totalWidth   width of the whole drawing
     * @param totalHeight  height of the whole drawing
     * @param layoutMillis time the layout took, milliseconds
     */
    GraphLayout(Boxes boxes, int nodeCount, List<LayoutEdge> edges, double totalWidth, double totalHeight,
                long layoutMillis) {
        this.x = boxes.x;
        this.y = boxes.y;
        this.width = boxes.width;
        this.height = boxes.height;
        this.labels = boxes.labels;
        this.names = boxes.names;
        this.kinds = boxes.kinds;
        this.nodeOfBox = boxes.nodes;
        this.boxOfNode = new int[nodeCount];
        Arrays.fill(boxOfNode, -1);
        for (int box = 0; box < nodeOfBox.length; box++) {
            if (nodeOfBox[box] >= 0) {
                boxOfNode[nodeOfBox[box]] = box;
            }
        }
        this.edges = List.copyOf(edges);
        this.totalWidth = totalWidth;
        this.totalHeight = totalHeight;
        this.layoutMillis = layoutMillis;
    }

    /** Per-box arrays the layouter fills, one slot per box. */
    static final class Boxes {
        final double[] x;
        final double[] y;
        final double[] width;
        final double[] height;
        final String[] labels;
        final String[] names;
        final BoxKind[] kinds;
        final int[] nodes;

        Boxes(int count) {
            x = new double[count];
            y = new double[count];
            width = new double[count];
            height = new double[count];
            labels = new String[count];
            names = new String[count];
            kinds = new BoxKind[count];
            nodes = new int[count];
        }
    }

    /** @return number of boxes: drawn nodes plus graph inputs and outputs */
    public int boxCount() {
        return x.length;
    }

    /** @return number of drawn node boxes (the graph's nodes less the hidden ones) */
    public int nodeBoxCount() {
        return (int) Arrays.stream(kinds).filter(k -> k == BoxKind.NODE).count();
    }

    /** @return the box of node {@code nodeIndex}, or -1 when it is hidden or out of range */
    public int boxOf(int nodeIndex) {
        return nodeIndex >= 0 && nodeIndex < boxOfNode.length ? boxOfNode[nodeIndex] : -1;
    }

    /** @return the graph node box {@code box} stands for, or -1 for an input or output box */
    public int nodeIndex(int box) {
        return nodeOfBox[box];
    }

    /** @return what box {@code box} stands for */
    public BoxKind kind(int box) {
        return kinds[box];
    }

    /** @return left edge of box {@code box} */
    public double x(int box) {
        return x[box];
    }

    /** @return top edge of box {@code box} */
    public double y(int box) {
        return y[box];
    }

    /** @return width of box {@code box} */
    public double width(int box) {
        return width[box];
    }

    /** @return height of box {@code box} */
    public double height(int box) {
        return height[box];
    }

    /** @return horizontal centre of box {@code box} */
    public double centerX(int box) {
        return x[box] + width[box] / 2;
    }

    /** @return vertical centre of box {@code box} */
    public double centerY(int box) {
        return y[box] + height[box] / 2;
    }

    /** @return what box {@code box} shows: a node's op type, an input's or output's tensor name */
    public String label(int box) {
        return labels[box];
    }

    /** @return the node name of a node box, the tensor name of an input or output box */
    public String name(int box) {
        return names[box];
    }

    /** @return the edges */
    public List<LayoutEdge> edges() {
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

    /** @return the box under point ({@code gx}, {@code gy}) in graph coordinates, or -1 */
    public int boxAt(double gx, double gy) {
        for (int i = 0; i < x.length; i++) {
            if (gx >= x[i] && gx <= x[i] + width[i] && gy >= y[i] && gy <= y[i] + height[i]) {
                return i;
            }
        }
        return -1;
    }
}
