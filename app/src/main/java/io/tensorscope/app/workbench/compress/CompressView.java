package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.SaveDialog;
import io.tensorscope.profiler.experiment.ExperimentCost;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Compress tab: the pass and its options on the left; on the right the experiments table (with "Save as
 * ONNX…"), the accuracy-versus-latency (or size) chart with the Pareto front, and the selected experiment's pass
 * report. Pure wiring over a {@link CompressViewModel}.
 */
public final class CompressView extends SplitPane {

    private final CompressViewModel viewModel;
    private final ExperimentTable table;
    private final ExperimentScatterChart scatter;
    private final PassReportView report;

    /** Builds the tab content over {@code viewModel}. */
    /** Narrowest the pipeline editor gets, px: its buttons and option editors stay readable. */
    private static final double SETTINGS_MIN_WIDTH = 300;

    public CompressView(CompressViewModel viewModel) {
        this.viewModel = viewModel;
        setId("compress-view");
        CompressSettingsPane settings = new CompressSettingsPane(viewModel);
        table = new ExperimentTable(viewModel);
        scatter = new ExperimentScatterChart(viewModel);
        report = new PassReportView(viewModel);

        Button save = new Button("Save as ONNX…", new FontIcon("mdi2c-content-save-outline"));
        save.setId("compress-save");
        save.disableProperty().bind(viewModel.selectedProperty().isNull());
        save.setOnAction(e -> save());
        Button writeReport = new Button("Report…", new FontIcon("mdi2f-file-chart-outline"));
        writeReport.setId("compress-report");
        writeReport.setTooltip(new javafx.scene.control.Tooltip("Write the comparison report of these experiments "
                + "against the original (HTML, PDF, CSV or JSON), from the figures recorded in the workspace"));
        writeReport.disableProperty().bind(viewModel.canReportBinding().not());
        writeReport.setOnAction(e -> SaveDialog.askReport(getScene().getWindow(), "report.html")
                .ifPresent(viewModel::report));
        VBox experiments = titled("Experiments", "mdi2t-table-large", table, new HBox(8, writeReport, save));

        SegmentedButton axis = new SegmentedButton();
        for (ExperimentCost cost : ExperimentCost.values()) {
            ToggleButton button = new ToggleButton(cost == ExperimentCost.LATENCY_MILLIS ? "vs latency" : "vs size");
            button.setId(cost == ExperimentCost.LATENCY_MILLIS ? "scatter-vs-latency" : "scatter-vs-size");
            button.setUserData(cost);
            button.setSelected(viewModel.costProperty().get() == cost);
            axis.getButtons().add(button);
        }
        axis.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.costProperty().set((ExperimentCost) now.getUserData());
            }
        });
        VBox chart = titled("Accuracy trade-off", "mdi2c-chart-scatter-plot", scatter, axis);
        report.setStyle("-fx-padding: 6 10 6 10;");
        NodeDeltaView deltas = new NodeDeltaView(new NodeDeltasViewModel(viewModel));
        deltas.setStyle("-fx-padding: 6 10 6 10;");
        TabPane details = new TabPane(new Tab("Pass report", report), new Tab("Per-node timing", deltas));
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.setId("compress-details");
        VBox passReport = titled("Selected experiment", "mdi2f-file-document-outline", details, null);

        SplitPane lower = new SplitPane(chart, passReport);
        lower.setDividerPositions(0.42);
        SplitPane results = new SplitPane(experiments, lower);
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.3);
        getItems().addAll(settings, results);
        setDividerPositions(0.3);
        settings.setMinWidth(SETTINGS_MIN_WIDTH);
        SplitPane.setResizableWithParent(settings, false);
    }

    /** @return the experiments table */
    public ExperimentTable table() {
        return table;
    }

    /** @return the accuracy-versus-cost chart */
    public ExperimentScatterChart scatter() {
        return scatter;
    }

    /** @return the pass report of the selected experiment */
    public PassReportView report() {
        return report;
    }

    private void save() {
        CompressExperiment selected = viewModel.selectedProperty().get();
        if (selected == null) {
            return;
        }
        SaveDialog.askOnnx(getScene().getWindow(), "Save " + selected.name() + " as ONNX",
                SaveDialog.baseName(selected.model().name()) + "-" + selected.name().replaceAll("[^A-Za-z0-9]+", "-")
                        + ".onnx").ifPresent(file -> viewModel.save(selected, file));
    }

    private static VBox titled(String title, String icon, Node content, Node tool) {
        Label header = new Label(title, new FontIcon(icon));
        header.getStyleClass().add("pane-header");
        header.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, header);
        HBox.setHgrow(header, Priority.ALWAYS);
        if (tool != null) {
            row.getChildren().add(tool);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("pane-header-row");
        VBox box = new VBox(row, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
