package io.tensorscope.app.workbench.sensitivity;

import io.tensorscope.profiler.sensitivity.SensitivityPoint;
import io.tensorscope.profiler.sensitivity.SensitivityResult;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.util.Duration;

import java.util.List;

/**
 * The sensitivity heat map: one row per layer, most sensitive first, one column per level; each cell coloured by
 * the score lost ({@link DropColour}) and labelled with the change and the speed-up. Hovering a cell tells its
 * layer, level, metric, change, latency and speed-up; clicking a row selects its layer's node.
 */
public final class SensitivityHeatMap extends GridPane {

    /** Widest a cell is drawn, px: room for {@code −12.34 pt · 12.3×}. */
    private static final double CELL_WIDTH = 130;

    private final SensitivityViewModel viewModel;

    /** Builds the map over {@code viewModel}; it follows its rows and selection. */
    public SensitivityHeatMap(SensitivityViewModel viewModel) {
        this.viewModel = viewModel;
        setId("sensitivity-heat-map");
        getStyleClass().add("sensitivity-heat-map");
        setHgap(3);
        setVgap(3);
        setPadding(new Insets(10));
        viewModel.rows().addListener((ListChangeListener<SensitivityRow>) c -> rebuild());
        viewModel.selectedLayerProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** @return rows drawn (layers), not counting the header */
    public int rowCount() {
        return viewModel.rows().size();
    }

    /** @return columns of cells drawn (levels), not counting the layer names */
    public int columnCount() {
        return viewModel.rows().isEmpty() ? 0 : viewModel.rows().get(0).points().size();
    }

    /** @return the cell of row {@code row} (0 = most sensitive) and level {@code column} */
    public Label cell(int row, int column) {
        return (Label) lookup("#sensitivity-cell-" + row + "-" + column);
    }

    private void rebuild() {
        getChildren().clear();
        SensitivityResult result = viewModel.resultProperty().get();
        List<SensitivityRow> rows = viewModel.rows();
        if (result == null || rows.isEmpty()) {
            Label empty = new Label("Run to measure how much each layer's score and latency move when the pass is "
                    + "applied to that layer alone.");
            empty.getStyleClass().add("placeholder");
            empty.setWrapText(true);
            add(empty, 0, 0);
            return;
        }
        add(header("Layer", Pos.CENTER_LEFT), 0, 0);
        List<SensitivityPoint> first = rows.get(0).points();
        for (int c = 0; c < first.size(); c++) {
            add(header(SensitivityText.level(first.get(c).level()), Pos.CENTER), c + 1, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            SensitivityRow row = rows.get(r);
            boolean selected = row.layer().equals(viewModel.selectedLayerProperty().get());
            Label name = label(row.layer(), row, selected, "sensitivity-layer");
            name.setId("sensitivity-layer-" + r);
            add(name, 0, r + 1);
            for (int c = 0; c < row.points().size(); c++) {
                add(cell(result, row, row.points().get(c), selected, r, c), c + 1, r + 1);
            }
        }
    }

    private Label cell(SensitivityResult result, SensitivityRow row, SensitivityPoint point, boolean selected, int r,
                       int c) {
        Label cell = label(SensitivityText.cell(point), row, selected, "sensitivity-cell");
        cell.setId("sensitivity-cell-" + r + "-" + c);
        cell.setAlignment(Pos.CENTER);
        cell.setPrefWidth(CELL_WIDTH);
        cell.setBackground(new Background(new BackgroundFill(DropColour.of(point.deltaPoints()), new CornerRadii(3),
                Insets.EMPTY)));
        Tooltip tooltip = new Tooltip(SensitivityText.tooltip(result, point));
        tooltip.setShowDelay(Duration.millis(200));
        cell.setTooltip(tooltip);
        return cell;
    }

    private Label label(String text, SensitivityRow row, boolean selected, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        if (selected) {
            label.getStyleClass().add("selected");
        }
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setOnMouseClicked(e -> viewModel.select(row));
        return label;
    }

    private static Label header(String text, Pos alignment) {
        Label header = new Label(text);
        header.getStyleClass().add("sensitivity-header");
        header.setAlignment(alignment);
        header.setMaxWidth(Double.MAX_VALUE);
        header.setMinWidth(Label.USE_PREF_SIZE);
        return header;
    }
}
