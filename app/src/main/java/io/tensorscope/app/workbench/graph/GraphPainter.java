package io.tensorscope.app.workbench.graph;

import io.tensorscope.profiler.layout.GraphLayout;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Paints the visible part of a {@link GraphLayout} once, culling nodes and edges outside the viewport. */
final class GraphPainter {

    private static final Color EDGE = Color.web("#94a3b8");
    private static final Color SELECTED = Color.web("#0f172a");

    private final GraphicsContext g;
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

    GraphPainter(GraphicsContext g, GraphLayout layout, double scale, double offsetX, double offsetY,
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

    void paint(int selected, boolean withOpType, boolean withName) {
        g.save();
        g.translate(offsetX, offsetY);
        g.scale(scale, scale);
        paintEdges();
        g.restore();
        GraphCanvas.centreText(g);
        g.setFont(GraphCanvas.labelFont(scale));
        for (int i = 0; i < layout.nodeCount(); i++) {
            if (visible(layout.x(i), layout.y(i), layout.x(i) + layout.width(i), layout.y(i) + layout.height(i))) {
                paintNode(i, i == selected, withOpType, withName);
            }
        }
    }

    private void paintEdges() {
        g.setStroke(EDGE);
        g.setLineWidth(1 / Math.max(scale, 0.5));
        for (double[] points : layout.edges()) {
            if (!edgeVisible(points)) {
                continue;
            }
            g.beginPath();
            g.moveTo(points[0], points[1]);
            for (int k = 2; k < points.length; k += 2) {
                g.lineTo(points[k], points[k + 1]);
            }
            g.stroke();
        }
    }

    private void paintNode(int i, boolean selected, boolean withOpType, boolean withName) {
        double x = layout.x(i) * scale + offsetX;
        double y = layout.y(i) * scale + offsetY;
        double w = layout.width(i) * scale;
        double h = layout.height(i) * scale;
        double arc = 8 * scale;
        Color fill = timeShares == null ? Color.web(OpFamily.of(layout.opType(i)).colour())
                : HeatColour.of(i < timeShares.length ? timeShares[i] : 0, maxShare);
        g.setFill(fill);
        g.fillRoundRect(x, y, w, h, arc, arc);
        if (selected) {
            g.setStroke(SELECTED);
            g.setLineWidth(3);
            g.strokeRoundRect(x - 2, y - 2, w + 4, h + 4, arc, arc);
        }
        if (withOpType) {
            g.setFill(timeShares == null ? Color.WHITE : HeatColour.textOn(fill));
            g.fillText(layout.opType(i), x + w / 2, y + h / 2, w - 4);
        }
        if (withName) {
            g.setFill(Color.web("#334155"));
            g.fillText(abbreviate(layout.name(i), (w + 16 * scale) / (6.2 * Math.min(scale, 1.6))),
                    x + w / 2, y + h + 8 * scale);
        }
    }

    /** @return the tail of {@code name} that fits in {@code maxChars} characters, with a leading ellipsis if cut */
    static String abbreviate(String name, double maxChars) {
        int keep = (int) maxChars;
        if (name.length() <= keep) {
            return name;
        }
        return keep <= 1 ? "" : "…" + name.substring(name.length() - keep + 1);
    }

    private boolean edgeVisible(double[] points) {
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
        return visible(lowX, lowY, highX, highY);
    }

    private boolean visible(double lowX, double lowY, double highX, double highY) {
        return highX >= minX && lowX <= maxX && highY >= minY && lowY <= maxY;
    }
}
