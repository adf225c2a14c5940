package io.tensorscope.app.workbench.graph;

import io.tensorscope.profiler.layout.GraphLayout;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link GraphLayout} on a Canvas with pan (drag) and zoom (scroll). Only what is visible is
 * drawn, so graphs of 10,000 nodes stay fluid. Clicking a node selects it in the {@link GraphViewModel};
 * selecting a node elsewhere centres it here.
 */
public final class GraphCanvas extends Pane {

    private static final double MIN_SCALE = 0.02;
    private static final double MAX_SCALE = 4;
    private static final double NAME_LABEL_SCALE = 1.2;
    private static final double TEXT_SCALE = 0.45;
    private static final double CLICK_SLOP_PX = 4;
    /** Smallest zoom a new layout opens at, so op types are readable even when the graph is wide. */
    private static final double READABLE_SCALE = 0.7;

    private final GraphViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Label placeholder = new Label("The graph appears here once a model is loaded");
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;

    /** Builds the view and binds it to {@code viewModel}. */
    public GraphCanvas(GraphViewModel viewModel) {
        this.viewModel = viewModel;
        setId("graph-canvas");
        getStyleClass().add("graph-canvas");
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

        viewModel.layoutProperty().addListener((obs, old, layout) -> fit(layout));
        viewModel.selectedIndexProperty().addListener((obs, old, index) -> {
            revealNode(index.intValue());
            redraw();
        });
        viewModel.colourByTimeProperty().addListener(o -> redraw());
        viewModel.timeSharesProperty().addListener(o -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** @return where the centre of node {@code index} is drawn, in this view's local coordinates */
    public Point2D nodeCenter(int index) {
        GraphLayout layout = viewModel.layoutProperty().get();
        return new Point2D(layout.centerX(index) * scale + offsetX, layout.centerY(index) * scale + offsetY);
    }

    /** @return the current zoom factor, screen pixels per graph pixel */
    public double scale() {
        return scale;
    }

    private void fit(GraphLayout layout) {
        if (layout != null) {
            double width = Math.max(getWidth(), 200);
            double fitWidth = (width - 40) / Math.max(1, layout.totalWidth());
            scale = clamp(Math.min(1, Math.max(READABLE_SCALE, fitWidth)));
            offsetX = width / 2 - topCentreX(layout, Math.max(getHeight(), 200) / scale) * scale;
            offsetY = 20;
        }
        redraw();
    }

    /** @return mean horizontal centre of the nodes within {@code depth} of the top, graph coordinates */
    private static double topCentreX(GraphLayout layout, double depth) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < layout.nodeCount(); i++) {
            if (layout.y(i) <= depth) {
                sum += layout.centerX(i);
                count++;
            }
        }
        return count == 0 ? layout.totalWidth() / 2 : sum / count;
    }

    private void revealNode(int index) {
        GraphLayout layout = viewModel.layoutProperty().get();
        if (layout == null || index < 0 || index >= layout.nodeCount()) {
            return;
        }
        Point2D centre = nodeCenter(index);
        if (centre.getX() < 0 || centre.getY() < 0 || centre.getX() > getWidth() || centre.getY() > getHeight()) {
            offsetX += getWidth() / 2 - centre.getX();
            offsetY += getHeight() / 2 - centre.getY();
        }
    }

    private void pressed(MouseEvent event) {
        pressX = lastX = event.getX();
        pressY = lastY = event.getY();
    }

    private void dragged(MouseEvent event) {
        offsetX += event.getX() - lastX;
        offsetY += event.getY() - lastY;
        lastX = event.getX();
        lastY = event.getY();
        redraw();
    }

    private void released(MouseEvent event) {
        boolean click = Math.abs(event.getX() - pressX) < CLICK_SLOP_PX && Math.abs(event.getY() - pressY) < CLICK_SLOP_PX;
        if (click && event.getButton() == MouseButton.PRIMARY) {
            viewModel.selectAt((event.getX() - offsetX) / scale, (event.getY() - offsetY) / scale);
        }
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

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#f8fafc"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        GraphLayout layout = viewModel.layoutProperty().get();
        if (layout != null) {
            double[] shares = viewModel.colourByTimeProperty().get() ? viewModel.timeSharesProperty().get() : null;
            new GraphPainter(g, layout, scale, offsetX, offsetY, canvas.getWidth(), canvas.getHeight())
                    .heat(shares).paint(viewModel.selectedIndexProperty().get(), scale >= TEXT_SCALE, scale >= NAME_LABEL_SCALE);
        }
    }

    static Font labelFont(double scale) {
        return Font.font("System", Math.max(6, 11 * Math.min(scale, 1.6)));
    }

    static void centreText(GraphicsContext g) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
    }
}
