package io.tensorscope.app.workbench.graph;

import io.tensorscope.engine.cost.NodeCost;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a laid-out model on a canvas: drag to pan, scroll to zoom, click a node to select it. Only the
 * nodes and edges inside the visible area are drawn, so graphs of tens of thousands of nodes stay fluid.
 */
public final class GraphCanvas extends Region {

    private static final double MIN_SCALE = 0.02;
    private static final double MAX_SCALE = 4;
    private static final Color BACKGROUND = Color.web("#f7f8fa");
    private static final Color EDGE = Color.web("#aab2bd");
    private static final Color SELECTED = Color.web("#ff8c00");

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<GraphLayout> layout = new SimpleObjectProperty<>();
    private final ObjectProperty<List<NodeCost>> nodes = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double dragX;
    private double dragY;
    private boolean dragged;

    /** An empty canvas; set {@link #layoutProperty()} and {@link #nodesProperty()} to draw a model. */
    public GraphCanvas() {
        getStyleClass().add("graph-canvas");
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        layout.addListener((o, old, now) -> fitWidth());
        selectedIndex.addListener((o, old, now) -> {
            centerOn(now.intValue());
            redraw();
        });
        setOnScroll(e -> zoom(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY()));
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        setOnMouseDragged(e -> {
            offsetX += e.getX() - dragX;
            offsetY += e.getY() - dragY;
            dragged |= Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 2;
            dragX = e.getX();
            dragY = e.getY();
            redraw();
        });
        setOnMouseClicked(e -> {
            if (!dragged && layout.get() != null) {
                int hit = layout.get().nodeAt((e.getX() - offsetX) / scale, (e.getY() - offsetY) / scale);
                if (hit >= 0) {
                    selectedIndex.set(hit);
                }
            }
        });
    }

    /** @return the layout drawn; null draws nothing */
    public ObjectProperty<GraphLayout> layoutProperty() {
        return layout;
    }

    /** @return the nodes, for labels and colours; index i is the layout's box i */
    public ObjectProperty<List<NodeCost>> nodesProperty() {
        return nodes;
    }

    /** @return the selected node index, -1 for none; setting it centres the view on the node */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** @return where node {@code index}'s centre is drawn, in this region's coordinates */
    public Point2D localCenterOf(int index) {
        GraphLayout.Box b = layout.get().boxes().get(index);
        return new Point2D(b.centerX() * scale + offsetX, b.centerY() * scale + offsetY);
    }

    /** @return the current zoom factor (1 = one layout unit per pixel) */
    public double scale() {
        return scale;
    }

    /** Multiplies the zoom by {@code factor} keeping the point (x, y) of this region still. */
    public void zoom(double factor, double x, double y) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        offsetX = x - (x - offsetX) * next / scale;
        offsetY = y - (y - offsetY) * next / scale;
        scale = next;
        redraw();
    }

    private void fitWidth() {
        GraphLayout l = layout.get();
        if (l != null && getWidth() > 0) {
            scale = Math.max(MIN_SCALE, Math.min(1, (getWidth() - 40) / Math.max(1, l.width())));
            offsetX = (getWidth() - l.width() * scale) / 2;
            offsetY = 20;
        }
        redraw();
    }

    private void centerOn(int index) {
        GraphLayout l = layout.get();
        if (l == null || index < 0 || index >= l.boxes().size()) {
            return;
        }
        GraphLayout.Box b = l.boxes().get(index);
        double x = b.x() * scale + offsetX;
        double y = b.y() * scale + offsetY;
        boolean visible = x >= 0 && y >= 0 && x + b.width() * scale <= getWidth() && y + b.height() * scale <= getHeight();
        if (visible && scale >= 0.35) {
            return;
        }
        if (scale < 0.5) {
            scale = 0.8;
        }
        offsetX = getWidth() / 2 - b.centerX() * scale;
        offsetY = getHeight() / 2 - b.centerY() * scale;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (scale == 1 && offsetX == 0 && layout.get() != null) {
            fitWidth();
        }
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        GraphLayout l = layout.get();
        if (l == null) {
            return;
        }
        double minX = -offsetX / scale;
        double minY = -offsetY / scale;
        double maxX = minX + canvas.getWidth() / scale;
        double maxY = minY + canvas.getHeight() / scale;
        g.setStroke(EDGE);
        g.setLineWidth(Math.max(0.5, scale));
        for (GraphLayout.Edge e : l.edges()) {
            drawEdge(g, e.points(), minX, minY, maxX, maxY);
        }
        List<NodeCost> labels = nodes.get();
        boolean text = scale >= 0.35;
        g.setFont(Font.font("System", Math.min(13, 11 * scale)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < l.boxes().size(); i++) {
            GraphLayout.Box b = l.boxes().get(i);
            if (b.x() > maxX || b.y() > maxY || b.x() + b.width() < minX || b.y() + b.height() < minY) {
                continue;
            }
            String op = i < labels.size() ? labels.get(i).opType() : "";
            g.setFill(OpFamily.of(op).color());
            double x = b.x() * scale + offsetX;
            double y = b.y() * scale + offsetY;
            g.fillRoundRect(x, y, b.width() * scale, b.height() * scale, 6 * scale, 6 * scale);
            if (i == selectedIndex.get()) {
                g.setStroke(SELECTED);
                g.setLineWidth(3);
                g.strokeRoundRect(x - 2, y - 2, b.width() * scale + 4, b.height() * scale + 4, 8 * scale, 8 * scale);
                g.setStroke(EDGE);
                g.setLineWidth(Math.max(0.5, scale));
            }
            if (text) {
                g.setFill(Color.WHITE);
                String label = scale >= 0.9 && i < labels.size() ? op + "  " + tail(labels.get(i).name(), 14) : op;
                g.fillText(label, x + b.width() * scale / 2, y + b.height() * scale / 2, b.width() * scale - 6);
            }
        }
    }

    private void drawEdge(GraphicsContext g, double[] p, double minX, double minY, double maxX, double maxY) {
        if (p.length < 4) {
            return;
        }
        double lowX = Double.MAX_VALUE;
        double lowY = Double.MAX_VALUE;
        double highX = -Double.MAX_VALUE;
        double highY = -Double.MAX_VALUE;
        for (int k = 0; k < p.length; k += 2) {
            lowX = Math.min(lowX, p[k]);
            highX = Math.max(highX, p[k]);
            lowY = Math.min(lowY, p[k + 1]);
            highY = Math.max(highY, p[k + 1]);
        }
        if (lowX > maxX || lowY > maxY || highX < minX || highY < minY) {
            return;
        }
        g.beginPath();
        g.moveTo(p[0] * scale + offsetX, p[1] * scale + offsetY);
        for (int k = 2; k < p.length; k += 2) {
            g.lineTo(p[k] * scale + offsetX, p[k + 1] * scale + offsetY);
        }
        g.stroke();
    }

    private static String tail(String name, int max) {
        return name.length() <= max ? name : "…" + name.substring(name.length() - max + 1);
    }
}
