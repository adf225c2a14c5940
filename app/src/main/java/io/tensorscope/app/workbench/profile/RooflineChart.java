package io.tensorscope.app.workbench.profile;

import io.tensorscope.profiler.roofline.RooflinePoint;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
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

    private final Label tooltip = new Label();
    private final Label placeholder = new Label("Run a profile to place each kernel under this machine's measured roofs");
    private List<PlacedMarker> placed = List.of();

    /** Builds the chart and binds it to {@code viewModel}. */
    public RooflineChart(ProfileViewModel viewModel) {
        super(viewModel, "roofline-chart");
        tooltip.getStyleClass().add("chart-tooltip");
        tooltip.setId("roofline-tooltip");
        tooltip.setManaged(false);
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        placeholder.getStyleClass().add("placeholder");
        placeholder.layoutXProperty().bind(widthProperty().subtract(placeholder.widthProperty()).divide(2));
        placeholder.layoutYProperty().bind(heightProperty().divide(2));
        placeholder.visibleProperty().bind(viewModel.activeProperty().isNull());
        getChildren().addAll(placeholder, tooltip);

        viewModel.profiles().addListener((ListChangeListener<ProfileRun>) c -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.setVisible(false));
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
        return tooltip.isVisible() ? Optional.of(tooltip.getText()) : Optional.empty();
    }

    private Optional<PlacedMarker> markerAt(double x, double y) {
        for (int i = placed.size() - 1; i >= 0; i--) {
            if (placed.get(i).contains(x, y, HIT_SLOP_PX)) {
                return Optional.of(placed.get(i));
            }
        }
        return Optional.empty();
    }

    private void hovered(MouseEvent event) {
        Optional<PlacedMarker> hit = markerAt(event.getX(), event.getY());
        tooltip.setVisible(hit.isPresent());
        hit.ifPresent(marker -> {
            tooltip.setText(ProfileText.tooltip(marker.run(), marker.point()));
            tooltip.autosize();
            double x = event.getX() + 14;
            double y = event.getY() + 14;
            tooltip.relocate(Math.max(0, Math.min(x, getWidth() - tooltip.getWidth() - 4)),
                    y + tooltip.getHeight() > getHeight() ? Math.max(0, event.getY() - tooltip.getHeight() - 8) : y);
        });
        setCursor(hit.isPresent() ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT);
    }

    private void clicked(MouseEvent event) {
        markerAt(event.getX(), event.getY()).ifPresent(marker -> {
            RooflinePoint point = marker.point();
            viewModel.selectPoint(marker.run(), point);
        });
    }

    @Override
    protected void redraw() {
        placed = new RooflinePainter(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight())
                .paint(viewModel.profiles(), viewModel.activeProperty().get(), viewModel.selectedKernelProperty().get());
    }
}
