package io.tensorscope.app.workbench.graph;

import io.tensorscope.app.workbench.chart.Drawing;
import io.tensorscope.app.workbench.chart.ChartTheme;
import io.tensorscope.app.workbench.chart.SvgDrawing;
import io.tensorscope.app.workbench.shared.ImageExport;
import io.tensorscope.profiler.layout.GraphLayout;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * Draws a {@link GraphLayout} on a Canvas with pan (drag) and zoom (scroll, or the header's buttons). Only what is
 * visible is drawn, so graphs of 50,000 nodes stay fluid; a graph of more than {@value Minimap#MIN_BOXES} boxes gets a
 * {@link Minimap} to pan with. Clicking a node selects it in the {@link GraphViewModel}; selecting a node elsewhere
 * brings it into view, and a search step centres it.
 */
public final class GraphCanvas extends Pane {

    private static final double MIN_SCALE = 0.005;
    private static final double MAX_SCALE = 4;
    private static final double NAME_LABEL_SCALE = 1.2;
    private static final double TEXT_SCALE = 0.45;
    /** From this zoom on, edges carry their tensor's shape. */
    private static final double EDGE_LABEL_SCALE = 0.8;
    private static final double CLICK_SLOP_PX = 4;
    /** Smallest zoom a new layout opens at, so op types are readable even when the graph is wide. */
    private static final double READABLE_SCALE = 0.7;
    private static final double FIT_MARGIN_PX = 20;

    private final GraphViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Label placeholder = new Label("The graph appears here once a model is loaded");
    private Minimap minimap;
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean panningOnMinimap;

    /** Builds the view and binds it to {@code viewModel}. */
    public GraphCanvas(GraphViewModel viewModel) {
        this.viewModel = viewModel;
        setId("graph-canvas");
        ImageExport.install(this, "graph", this::svg);
        ChartTheme.follow(this, this::redraw);
        getStyleClass().add("graph-canvas");
        setFocusTraversable(true);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        placeholder.getStyleClass().add("placeholder");
        placeholder.layoutXProperty().bind(widthProperty().subtract(placeholder.widthProperty()).divide(2));
        placeholder.layoutYProperty().bind(heightProperty().divide(2));
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.layoutRunningProperty())
                .then("Laying out the graph…").otherwise("The graph appears here once a model is loaded"));
        placeholder.visibleProperty().bind(viewModel.layoutProperty().isNull());
        getChildren().addAll(canvas, placeholder);
        setMinSize(0, 0);

        viewModel.layoutProperty().addListener((obs, old, layout) -> {
            minimap = layout != null && layout.boxCount() > Minimap.MIN_BOXES ? new Minimap(layout) : null;
            openAtTop(layout);
            revealNode(viewModel.selectedIndexProperty().get(), false);
            redraw();
        });
        viewModel.selectedIndexProperty().addListener((obs, old, index) -> {
            revealNode(index.intValue(), false);
            redraw();
        });
        viewModel.centreRequestsProperty().addListener(o -> {
            revealNode(viewModel.selectedIndexProperty().get(), true);
            redraw();
        });
        viewModel.colourByTimeProperty().addListener(o -> redraw());
        viewModel.timeSharesProperty().addListener(o -> redraw());
        viewModel.colourByDiffProperty().addListener(o -> redraw());
        viewModel.diffChangesProperty().addListener(o -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** @return where the centre of node {@code index} is drawn, in this view's local coordinates (it must be drawn) */
    public Point2D nodeCenter(int index) {
        GraphLayout layout = viewModel.layoutProperty().get();
        int box = layout.boxOf(index);
        return new Point2D(layout.centerX(box) * scale + offsetX, layout.centerY(box) * scale + offsetY);
    }

    /** @return the current zoom factor, screen pixels per graph pixel */
    public double scale() {
        return scale;
    }

    /**
     * @return where the minimap is drawn, local coordinates, or null when there is none (it is drawn when the layout has
     * more than {@value Minimap#MIN_BOXES} boxes)
     */
    public Rectangle2D minimapArea() {
        return minimap == null ? null : minimap.area(getWidth());
    }

    /** Zooms so the whole graph fits the view, centred. */
    public void fitAll() {
        GraphLayout layout = viewModel.layoutProperty().get();
        if (layout == null) {
            return;
        }
        double width = Math.max(getWidth(), 200);
        double height = Math.max(getHeight(), 200);
        scale = clamp(Math.min(1, Math.min((width - 2 * FIT_MARGIN_PX) / Math.max(1, layout.totalWidth()),
                (height - 2 * FIT_MARGIN_PX) / Math.max(1, layout.totalHeight()))));
        offsetX = width / 2 - layout.totalWidth() / 2 * scale;
        offsetY = height / 2 - layout.totalHeight() / 2 * scale;
        redraw();
    }

    /** Zooms by {@code factor} about the centre of the view. */
    public void zoomAboutCentre(double factor) {
        zoom(factor, getWidth() / 2, getHeight() / 2);
    }

    private void openAtTop(GraphLayout layout) {
        if (layout != null) {
            double width = Math.max(getWidth(), 200);
            double fitWidth = (width - 2 * FIT_MARGIN_PX) / Math.max(1, layout.totalWidth());
            scale = clamp(Math.min(1, Math.max(READABLE_SCALE, fitWidth)));
            offsetX = width / 2 - topCentreX(layout, Math.max(getHeight(), 200) / scale) * scale;
            offsetY = FIT_MARGIN_PX;
        }
    }

    /** @return mean horizontal centre of the boxes within {@code depth} of the top, graph coordinates */
    private static double topCentreX(GraphLayout layout, double depth) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < layout.boxCount(); i++) {
            if (layout.y(i) <= depth) {
                sum += layout.centerX(i);
                count++;
            }
        }
        return count == 0 ? layout.totalWidth() / 2 : sum / count;
    }

    /** Centres node {@code index} when {@code always}, else only when it is off screen; nothing for a hidden node. */
    private void revealNode(int index, boolean always) {
        GraphLayout layout = viewModel.layoutProperty().get();
        if (layout == null || layout.boxOf(index) < 0) {
            return;
        }
        Point2D centre = nodeCenter(index);
        if (always || centre.getX() < 0 || centre.getY() < 0 || centre.getX() > getWidth() || centre.getY() > getHeight()) {
            offsetX += getWidth() / 2 - centre.getX();
            offsetY += getHeight() / 2 - centre.getY();
        }
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        pressX = lastX = event.getX();
        pressY = lastY = event.getY();
        panningOnMinimap = minimap != null && minimap.contains(event.getX(), event.getY(), getWidth());
        if (panningOnMinimap) {
            panMinimapTo(event);
        }
    }

    private void dragged(MouseEvent event) {
        if (panningOnMinimap) {
            panMinimapTo(event);
            return;
        }
        offsetX += event.getX() - lastX;
        offsetY += event.getY() - lastY;
        lastX = event.getX();
        lastY = event.getY();
        redraw();
    }

    /** Centres the view on the graph point under the mouse on the minimap. */
    private void panMinimapTo(MouseEvent event) {
        Point2D target = minimap.toGraph(event.getX(), event.getY(), getWidth());
        offsetX = getWidth() / 2 - target.getX() * scale;
        offsetY = getHeight() / 2 - target.getY() * scale;
        redraw();
    }

    private void released(MouseEvent event) {
        boolean click = Math.abs(event.getX() - pressX) < CLICK_SLOP_PX && Math.abs(event.getY() - pressY) < CLICK_SLOP_PX;
        if (click && !panningOnMinimap && event.getButton() == MouseButton.PRIMARY) {
            viewModel.selectAt((event.getX() - offsetX) / scale, (event.getY() - offsetY) / scale);
        }
        panningOnMinimap = false;
    }

    private void scrolled(ScrollEvent event) {
        zoom(Math.pow(1.0015, event.getDeltaY()), event.getX(), event.getY());
        event.consume();
    }

    /**
     * Zooms by {@code factor} (clamped to the allowed range) keeping the point under ({@code anchorX},
     * {@code anchorY}), in local coordinates, in place.
     */
    public void zoom(double factor, double anchorX, double anchorY) {
        double newScale = clamp(scale * factor);
        offsetX = anchorX - (anchorX - offsetX) * newScale / scale;
        offsetY = anchorY - (anchorY - offsetY) * newScale / scale;
        scale = newScale;
        redraw();
    }

    /** @return the part of the graph in view, as on screen (the minimap left out), as an SVG document */
    public String svg() {
        SvgDrawing svg = new SvgDrawing(canvas.getWidth(), canvas.getHeight());
        paint(svg);
        return svg.document();
    }

    /** Paints the background and the graph in view; @return false when there is no layout to paint */
    private boolean paint(Drawing g) {
        g.setFill(Color.web("#f8fafc"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        GraphLayout layout = viewModel.layoutProperty().get();
        if (layout == null) {
            return false;
        }
        double[] shares = viewModel.colourByTimeProperty().get() ? viewModel.timeSharesProperty().get() : null;
        new GraphPainter(g, layout, scale, offsetX, offsetY, canvas.getWidth(), canvas.getHeight())
                .heat(shares).diff(viewModel.colourByDiffProperty().get() ? viewModel.diffChangesProperty().get() : null)
                .edgeLabels(scale >= EDGE_LABEL_SCALE ? viewModel::edgeLabel : null)
                .paint(layout.boxOf(viewModel.selectedIndexProperty().get()), scale >= TEXT_SCALE, scale >= NAME_LABEL_SCALE);
        return true;
    }

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (!paint(ChartTheme.onScreen(g))) {
            return;
        }
        if (minimap != null) {
            minimap.paint(g, canvas.getWidth(), -offsetX / scale, -offsetY / scale,
                    (canvas.getWidth() - offsetX) / scale, (canvas.getHeight() - offsetY) / scale);
        }
    }
}
