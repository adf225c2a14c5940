package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.chart.Drawing;
import io.tensorscope.app.workbench.chart.ChartTheme;
import io.tensorscope.app.workbench.chart.SvgDrawing;
import io.tensorscope.app.workbench.shared.ImageExport;
import io.tensorscope.app.workbench.chart.ChartTooltip;
import io.tensorscope.app.workbench.chart.HitTarget;
import io.tensorscope.profiler.roofline.RooflinePoint;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;

import java.util.List;
import java.util.Optional;

/**
 * The roofline of the profiles in a {@link ProfileViewModel}: a log-log Canvas chart of achieved GFLOP/s
 * against FLOP/byte under the measured roofs. Hovering a kernel shows its figures; clicking selects it.
 */
public final class RooflineChart extends ProfileCanvasPane {

    private static final double HIT_SLOP_PX = 3;

    private final ChartTooltip tooltip = new ChartTooltip("roofline-tooltip");
    private final Label placeholder = new Label("Run a profile to place each kernel under this machine's measured roofs");
    private List<PlacedMarker> placed = List.of();

    /** Builds the chart and binds it to {@code viewModel}. */
    public RooflineChart(ProfileViewModel viewModel) {
        super(viewModel, "roofline-chart");
        ImageExport.install(this, "roofline", this::svg);
        placeholder.getStyleClass().add("placeholder");
        placeholder.layoutXProperty().bind(widthProperty().subtract(placeholder.widthProperty()).divide(2));
        placeholder.layoutYProperty().bind(heightProperty().divide(2));
        placeholder.visibleProperty().bind(viewModel.activeProperty().isNull());
        getChildren().addAll(placeholder, tooltip);

        viewModel.profiles().addListener((ListChangeListener<ProfileRun>) c -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    /** @return where the active profile's marker of {@code kernel} is drawn, local coordinates, if it is */
    public Optional<Point2D> markerCentre(String kernel) {
        ProfileRun active = viewModel.activeProperty().get();
        return placed.stream().filter(m -> m.run() == active && m.point().kernel().equals(kernel))
                .map(m -> new Point2D(m.xPx(), m.yPx())).findFirst();
    }

    /** @return how many markers are drawn, all profiles together */
    public int markerCount() {
        return placed.size();
    }

    /** @return the hover text shown now, or empty when none */
    public Optional<String> tooltipText() {
        return tooltip.shownText();
    }

    private Optional<PlacedMarker> markerAt(double x, double y) {
        return HitTarget.topmostAt(placed, x, y, HIT_SLOP_PX);
    }

    private void hovered(MouseEvent event) {
        Optional<PlacedMarker> hit = markerAt(event.getX(), event.getY());
        hit.ifPresentOrElse(marker -> tooltip.show(ProfileText.tooltip(marker.run(), marker.point()), event.getX(), event.getY(), this), tooltip::hide);
        setCursor(hit.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void clicked(MouseEvent event) {
        markerAt(event.getX(), event.getY()).ifPresent(marker -> {
            RooflinePoint point = marker.point();
            viewModel.selectPoint(marker.run(), point);
        });
    }

    @Override
    protected void redraw() {
        placed = paint(ChartTheme.onScreen(canvas.getGraphicsContext2D()));
    }

    /** @return the roofline as it is on screen, as an SVG document */
    public String svg() {
        SvgDrawing svg = new SvgDrawing(canvas.getWidth(), canvas.getHeight());
        paint(svg);
        return svg.document();
    }

    private List<PlacedMarker> paint(Drawing g) {
        return new RooflinePainter(g, canvas.getWidth(), canvas.getHeight())
                .paint(viewModel.profiles(), viewModel.activeProperty().get(), viewModel.selectedKernelProperty().get());
    }
}
