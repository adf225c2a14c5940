package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.TableCells;
import io.tensorscope.app.workbench.shared.TableCopy;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.ReportTable;
import io.tensorscope.profiler.experiment.ExperimentChecks;
import io.tensorscope.profiler.report.ReportCells;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The selected experiment's pass report, whatever the pass: what changed and the size, warnings (the report's own,
 * and the experiment's next to the original, e.g. slower), notes, then each section of the report as a table.
 */
public final class PassReportView extends VBox {

    /** Column width per character of its longest cell, px, and the bounds of a column's width. */
    private static final double PIXELS_PER_CHAR = 7;
    private static final double MIN_COLUMN_WIDTH = 44;
    private static final double MAX_COLUMN_WIDTH = 170;

    private final Label summary = new Label();
    private final VBox notes = new VBox(4);
    private final VBox sections = new VBox(6);
    private final CompressViewModel viewModel;

    /** Builds the view and shows {@code viewModel}'s selected experiment. */
    public PassReportView(CompressViewModel viewModel) {
        this.viewModel = viewModel;
        setId("pass-report");
        getStyleClass().add("pass-report");
        summary.setId("pass-report-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("fact-value");
        setSpacing(6);
        getChildren().addAll(summary, notes, sections);
        VBox.setVgrow(sections, Priority.ALWAYS);
        viewModel.selectedProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.selectedProperty().get());
    }

    private void show(CompressExperiment experiment) {
        notes.getChildren().clear();
        sections.getChildren().clear();
        if (experiment == null) {
            summary.setText("Select an experiment to see what its pass did");
            return;
        }
        if (experiment.isOriginal()) {
            summary.setText("The original model, as loaded: nothing changed. Every experiment is compared with it.");
            return;
        }
        PassReport report = experiment.report();
        summary.setText(report == null ? experiment.summary().settings() + " (an Auto search keeps no pass report)"
                : CompressText.reportLine(report));
        List<String> warnings = new ArrayList<>();
        viewModel.experiments().stream().filter(CompressExperiment::isOriginal).findFirst()
                .ifPresent(original -> warnings.addAll(ExperimentChecks.warnings(experiment.summary(), original.summary())));
        if (report != null) {
            warnings.addAll(report.warnings());
        }
        warnings.forEach(text -> notes.getChildren().add(note(text, true)));
        if (report == null) {
            return;
        }
        report.notes().forEach(text -> notes.getChildren().add(note(text, false)));
        for (ReportTable table : report.sections()) {
            Label title = new Label(table.title() + " (" + table.rows().size() + ")");
            title.getStyleClass().add("section-title");
            TableView<List<Object>> view = table(table);
            VBox.setVgrow(view, Priority.ALWAYS);
            sections.getChildren().addAll(title, view);
        }
    }

    private static TableView<List<Object>> table(ReportTable table) {
        TableView<List<Object>> view = new TableView<>(FXCollections.observableArrayList(table.rows()));
        view.setId("pass-report-" + table.key());
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (int c = 0; c < table.columns().size(); c++) {
            int index = c;
            TableColumn<List<Object>, String> column = new TableColumn<>(table.columns().get(c).title());
            int chars = table.columns().get(c).title().length();
            for (List<Object> row : table.rows()) {
                chars = Math.max(chars, ReportCells.text(row.get(c)).length());
            }
            column.setPrefWidth(Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, PIXELS_PER_CHAR * chars + 16)));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(ReportCells.text(row.getValue().get(index))));
            column.setCellFactory(TableCells.text());
            view.getColumns().add(column);
        }
        TableCopy.install(view);
        return view;
    }

    private static Label note(String text, boolean warning) {
        Label label = new Label(text, new FontIcon(warning ? "mdi2a-alert-outline" : "mdi2i-information-outline"));
        label.getStyleClass().add(warning ? "pass-warning" : "pass-note");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
