package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.chart.ChartTooltip;
import io.tensorscope.app.workbench.chart.HitTarget;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

import java.util.List;
import java.util.Optional;

/**
 * Score against latency (or size) of every experiment of the model, on a Canvas: the Pareto front highlighted,
 * hovering a marker shows the experiment's figures, clicking selects it.
 */
public final class ExperimentScatterChart extends Pane {

    private static final double HIT_SLOP_PX = 4;

    private final CompressViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final ChartTooltip tooltip = new ChartTooltip("experiment-tooltip");
    private final Label placeholder = new Label("Run a pass or an Auto search to compare accuracy, latency and size with the original");
    private List<PlacedExperiment> placed = List.of();

    /** Builds the chart and binds it to {@code viewModel}. */
    public ExperimentScatterChart(CompressViewModel viewModel) {
        this.viewModel = viewModel;
        setId("experiment-scatter");
        getStyleClass().add("chart-pane");
        setMinSize(0, 0);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        placeholder.getStyleClass().add("placeholder");
        placeholder.layoutXProperty().bind(widthProperty().subtract(placeholder.widthProperty()).divide(2));
        placeholder.layoutYProperty().bind(heightProperty().divide(2));
        placeholder.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.experiments()));
        getChildren().addAll(canvas, placeholder, tooltip);
        viewModel.experiments().addListener((ListChangeListener<CompressExperiment>) c -> redraw());
        viewModel.paretoFront().addListener((ListChangeListener<CompressExperiment>) c -> redraw());
        viewModel.selectedProperty().addListener(o -> redraw());
        viewModel.costProperty().addListener(o -> redraw());
        viewModel.auto().verdictsProperty().addListener(o -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> markerAt(e.getX(), e.getY())
                .ifPresent(m -> viewModel.selectedProperty().set(m.experiment())));
    }

    /** @return where the marker of the experiment named {@code name} is drawn, local coordinates, if it is */
    public Optional<Point2D> markerCentre(String name) {
        return placed.stream().filter(m -> m.experiment().name().equals(name))
                .map(m -> new Point2D(m.xPx(), m.yPx())).findFirst();
    }

    /** @return how many markers are drawn */
    public int markerCount() {
        return placed.size();
    }

    /** @return the hover text shown now, or empty when none */
    public Optional<String> tooltipText() {
        return tooltip.shownText();
    }

    private Optional<PlacedExperiment> markerAt(double x, double y) {
        return HitTarget.topmostAt(placed, x, y, HIT_SLOP_PX);
    }

    private void hovered(MouseEvent event) {
        Optional<PlacedExperiment> hit = markerAt(event.getX(), event.getY());
        hit.ifPresentOrElse(marker -> tooltip.show(tooltipText(marker.experiment()), event.getX(), event.getY(), this), tooltip::hide);
        setCursor(hit.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
    }

    private String tooltipText(CompressExperiment e) {
        CompressExperiment original = viewModel.experiments().isEmpty() ? null : viewModel.experiments().get(0);
        var s = e.summary();
        var base = original == null ? null : original.summary();
        String onFront = viewModel.paretoFront().contains(e) ? "on the Pareto front" : "dominated";
        String verdict = AutoText.verdict(viewModel.auto().verdictsProperty().get(), e);
        return e.name() + " (" + onFront + ")\n" + s.settings() + "\n" + (verdict.isEmpty() ? "" : verdict + "\n")
                + CompressText.metric(s) + (base == null || e == original ? "" : "  " + CompressText.delta(s, base)) + "\n"
                + "latency " + CompressText.latency(s) + "\n"
                + "size " + CompressText.size(s, base);
    }

    private void redraw() {
        placed = new ScatterPainter(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight())
                .paint(viewModel.experiments(), viewModel.paretoFront(), viewModel.selectedProperty().get(),
                        viewModel.costProperty().get(), viewModel.auto().verdictsProperty().get());
    }
}
