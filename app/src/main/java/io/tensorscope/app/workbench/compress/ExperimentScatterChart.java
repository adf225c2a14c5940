package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.chart.Drawing;
import io.tensorscope.app.workbench.chart.ChartTheme;
import io.tensorscope.app.workbench.chart.SvgDrawing;
import io.tensorscope.app.workbench.shared.ImageExport;
import io.tensorscope.app.workbench.chart.ChartTooltip;
import io.tensorscope.app.workbench.chart.HitTarget;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Score against latency (or size) of every experiment of the model, on a Canvas: the Pareto front highlighted,
 * experiments scored on other samples and those flagged for low fidelity drawn apart, hovering a marker shows the
 * experiment's figures (and why it is apart), clicking selects it.
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
        ImageExport.install(this, "accuracy-trade-off", this::svg);
        ChartTheme.follow(this, this::redraw);
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
        viewModel.fidelityThresholdProperty().addListener(o -> redraw());
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
        CompressExperiment original = viewModel.original();
        var s = e.summary();
        var base = original == null ? null : original.summary();
        String apart = viewModel.otherSamplesReason(e);
        String warning = viewModel.fidelityWarning(e);
        String standing = apart != null ? "not compared" : warning != null ? "low fidelity"
                : viewModel.paretoFront().contains(e) ? "on the Pareto front" : "dominated";
        List<String> lines = new ArrayList<>();
        lines.add(e.name() + " (" + standing + ")");
        lines.add(s.settings());
        lines.add(apart);
        lines.add(warning);
        lines.add(AutoText.verdict(viewModel.auto().verdictsProperty().get(), e));
        lines.add(CompressText.metric(s) + (base == null || e == original ? "" : "  " + CompressText.delta(s, base)));
        lines.add("latency " + CompressText.latency(s));
        lines.add(CompressText.speedUpBasis(e));
        lines.add("size " + CompressText.size(s, base));
        return String.join("\n", lines.stream().filter(l -> l != null && !l.isEmpty()).toList());
    }

    private void redraw() {
        placed = paint(ChartTheme.onScreen(canvas.getGraphicsContext2D()));
    }

    /** @return the chart as it is on screen, as an SVG document */
    public String svg() {
        SvgDrawing svg = new SvgDrawing(canvas.getWidth(), canvas.getHeight());
        paint(svg);
        return svg.document();
    }

    private List<PlacedExperiment> paint(Drawing g) {
        Set<CompressExperiment> otherSamples = viewModel.experiments().stream()
                .filter(e -> viewModel.otherSamplesReason(e) != null).collect(Collectors.toSet());
        Set<CompressExperiment> lowFidelity = viewModel.experiments().stream()
                .filter(e -> viewModel.fidelityWarning(e) != null).collect(Collectors.toSet());
        return new ScatterPainter(g, canvas.getWidth(), canvas.getHeight())
                .paint(viewModel.experiments(), viewModel.paretoFront(), viewModel.selectedProperty().get(),
                        viewModel.costProperty().get(), viewModel.auto().verdictsProperty().get(),
                        new ScatterPainter.Apart(otherSamples, lowFidelity));
    }
}
