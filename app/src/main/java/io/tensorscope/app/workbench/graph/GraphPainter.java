package io.tensorscope.app.workbench.graph;

import io.tensorscope.app.workbench.chart.Drawing;
import io.tensorscope.engine.diff.NodeChange;
import io.tensorscope.profiler.layout.BoxKind;
import io.tensorscope.profiler.layout.GraphLayout;
import io.tensorscope.profiler.layout.LayoutEdge;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Paints the visible part of a {@link GraphLayout} once, culling boxes and edges outside the viewport: edges (with
 * arrowheads and, when asked, their tensor shapes), then node boxes in op-family or heat colours, then the graph's
 * inputs and outputs as dark pills.
 */
final class GraphPainter {

    private static final Color EDGE = Color.web("#94a3b8");
    private static final Color EDGE_LABEL = Color.web("#475569");
    private static final Color SELECTED = Color.web("#0f172a");
    private static final Color TERMINAL = Color.web("#334155");
    /** Below this zoom boxes are plain rectangles and edges have no arrowheads: thousands of them are on screen. */
    private static final double DETAIL_SCALE = 0.25;
    private static final double ARROW_PX = 6;

    private final Drawing g;
    private final GraphLayout layout;
    private final double scale;
    private final double offsetX;
    private final double offsetY;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private double[] timeShares;
    private double maxShare;
    private NodeChange[] changes;
    private Function<String, String> edgeLabels;

    GraphPainter(Drawing g, GraphLayout layout, double scale, double offsetX, double offsetY,
                 double viewWidthPx, double viewHeightPx) {
        this.g = g;
        this.layout = layout;
        this.scale = scale;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
        this.minX = -offsetX / scale;
        this.minY = -offsetY / scale;
        this.maxX = (viewWidthPx - offsetX) / scale;
        this.maxY = (viewHeightPx - offsetY) / scale;
    }

    /** Colours nodes by their share of time ({@link HeatColour}) instead of op family; null: by family. */
    GraphPainter heat(double[] shares) {
        this.timeShares = shares;
        this.maxShare = 0;
        if (shares != null) {
            for (double share : shares) {
                maxShare = Math.max(maxShare, share);
            }
        }
        return this;
    }

    /** Colours nodes by what a diff says of them ({@link DiffColour}), over op family and time; null: not. */
    GraphPainter diff(NodeChange[] nodeChanges) {
        this.changes = nodeChanges;
        return this;
    }

    /** Labels each visible edge with {@code labels.apply(tensor)} (skipped when empty); null: no labels. */
    GraphPainter edgeLabels(Function<String, String> labels) {
        this.edgeLabels = labels;
        return this;
    }

    /** Paints; {@code selectedBox} is outlined (-1: none). */
    void paint(int selectedBox, boolean withOpType, boolean withName) {
        g.save();
        g.translate(offsetX, offsetY);
        g.scale(scale, scale);
        paintEdges();
        g.restore();
        if (edgeLabels != null) {
            paintEdgeLabels();
        }
        centreText(g);
        g.setFont(labelFont(scale));
        for (int i = 0; i < layout.boxCount(); i++) {
            if (visible(layout.x(i), layout.y(i), layout.x(i) + layout.width(i), layout.y(i) + layout.height(i))) {
                paintBox(i, i == selectedBox, withOpType, withName);
            }
        }
    }

    private void paintEdges() {
        g.setStroke(EDGE);
        g.setFill(EDGE);
        g.setLineWidth(1 / Math.max(scale, 0.5));
        g.beginPath();
        for (LayoutEdge edge : layout.edges()) {
            if (visible(edge.minX(), edge.minY(), edge.maxX(), edge.maxY())) {
                double[] points = edge.points();
                g.moveTo(points[0], points[1]);
                for (int k = 2; k < points.length; k += 2) {
                    g.lineTo(points[k], points[k + 1]);
                }
            }
        }
        g.stroke();
        if (scale < DETAIL_SCALE) {
            return;
        }
        g.beginPath();
        for (LayoutEdge edge : layout.edges()) {
            if (visible(edge.minX(), edge.minY(), edge.maxX(), edge.maxY())) {
                arrowhead(edge.points());
            }
        }
        g.fill();
    }

    /** Adds a small triangle at the end of the polyline, pointing along its last segment. */
    private void arrowhead(double[] p) {
        int n = p.length;
        double tipX = p[n - 2];
        double tipY = p[n - 1];
        double dx = tipX - p[n - 4];
        double dy = tipY - p[n - 3];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        double ux = dx / length * ARROW_PX;
        double uy = dy / length * ARROW_PX;
        g.moveTo(tipX, tipY);
        g.lineTo(tipX - ux - uy / 2, tipY - uy + ux / 2);
        g.lineTo(tipX - ux + uy / 2, tipY - uy - ux / 2);
        g.closePath();
    }

    /**
     * Writes the shape of each tensor with a visible edge once, beside the middle of the edge's first segment (that
     * segment crosses the gap below the producer, where the layered layout puts no box), leaving out a label that
     * would overlap one already written.
     */
    private void paintEdgeLabels() {
        double fontPx = Math.max(7, 9.5 * Math.min(scale, 1.4));
        Font font = Font.font("System", fontPx);
        Text measure = new Text();
        measure.setFont(font);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(EDGE_LABEL);
        Set<String> labelled = new HashSet<>();
        List<Rectangle2D> drawn = new ArrayList<>();
        for (LayoutEdge edge : layout.edges()) {
            if (!visible(edge.minX(), edge.minY(), edge.maxX(), edge.maxY()) || !labelled.add(edge.tensor())) {
                continue;
            }
            String label = edgeLabels.apply(edge.tensor());
            double[] p = edge.points();
            double x = (p[0] + p[2]) / 2 * scale + offsetX + 4;
            double y = (p[1] + p[3]) / 2 * scale + offsetY;
            measure.setText(label);
            Rectangle2D area = new Rectangle2D(x, y - fontPx / 2, measure.getLayoutBounds().getWidth() + 2, fontPx);
            if (!label.isEmpty() && drawn.stream().noneMatch(area::intersects)) {
                g.fillText(label, x, y);
                drawn.add(area);
            }
        }
    }

    private void paintBox(int i, boolean selected, boolean withOpType, boolean withName) {
        double x = layout.x(i) * scale + offsetX;
        double y = layout.y(i) * scale + offsetY;
        double w = layout.width(i) * scale;
        double h = layout.height(i) * scale;
        boolean node = layout.kind(i) == BoxKind.NODE;
        double arc = node ? 8 * scale : h;
        Color fill = !node ? TERMINAL : changes != null ? DiffColour.of(changeOf(layout.nodeIndex(i)))
                : timeShares == null ? Color.web(OpFamily.of(layout.label(i)).colour())
                : HeatColour.of(heatOf(layout.nodeIndex(i)), maxShare);
        g.setFill(fill);
        if (scale < DETAIL_SCALE) {
            g.fillRect(x, y, w, h);
        } else {
            g.fillRoundRect(x, y, w, h, arc, arc);
        }
        if (selected) {
            g.setStroke(SELECTED);
            g.setLineWidth(3);
            g.strokeRoundRect(x - 2, y - 2, w + 4, h + 4, arc, arc);
        }
        if (withOpType) {
            g.setFill(!node || timeShares == null || changes != null ? Color.WHITE : HeatColour.textOn(fill));
            String text = node ? layout.label(i) : abbreviate(layout.label(i), (w - 8) / (6.2 * Math.min(scale, 1.6)));
            g.fillText(text, x + w / 2, y + h / 2, w - 4);
        }
        if (withName && node) {
            g.setFill(Color.web("#334155"));
            g.fillText(abbreviate(layout.name(i), (w + 16 * scale) / (6.2 * Math.min(scale, 1.6))),
                    x + w / 2, y + h + 8 * scale);
        }
    }

    private NodeChange changeOf(int nodeIndex) {
        return nodeIndex >= 0 && nodeIndex < changes.length ? changes[nodeIndex] : null;
    }

    private double heatOf(int nodeIndex) {
        return nodeIndex >= 0 && nodeIndex < timeShares.length ? timeShares[nodeIndex] : 0;
    }

    /** @return the tail of {@code name} that fits in {@code maxChars} characters, with a leading ellipsis if cut */
    static String abbreviate(String name, double maxChars) {
        int keep = (int) maxChars;
        if (name.length() <= keep) {
            return name;
        }
        return keep <= 1 ? "" : "…" + name.substring(name.length() - keep + 1);
    }

    private boolean visible(double lowX, double lowY, double highX, double highY) {
        return highX >= minX && lowX <= maxX && highY >= minY && lowY <= maxY;
    }

    static Font labelFont(double scale) {
        return Font.font("System", Math.max(6, 11 * Math.min(scale, 1.6)));
    }

    static void centreText(Drawing g) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
    }
}
