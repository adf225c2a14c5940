package io.tensorscope.app.workbench.compress;

import io.tensorscope.engine.quantize.PassReport;
import io.tensorscope.engine.quantize.TensorQuantization;
import io.tensorscope.profiler.report.TensorQuantizationText;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/**
 * The selected experiment's pass report: what was converted and the size, the pass's notes (e.g. why fp16 runs
 * slower on this CPU), and every quantized tensor with its scale(s), zero point(s) and range.
 */
public final class PassReportView extends VBox {

    private final Label summary = new Label();
    private final VBox notes = new VBox(4);
    private final TableView<TensorQuantization> tensors = new TableView<>();
    private final CompressViewModel viewModel;

    /** Builds the view and shows {@code viewModel}'s selected experiment. */
    public PassReportView(CompressViewModel viewModel) {
        this.viewModel = viewModel;
        setId("pass-report");
        getStyleClass().add("pass-report");
        summary.setId("pass-report-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("fact-value");
        tensors.setId("pass-report-tensors");
        tensors.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tensors.setPlaceholder(new Label("No tensor quantized"));
        tensors.getColumns().add(column("Tensor", 140, TensorQuantization::tensor));
        tensors.getColumns().add(column("Role", 122, t -> t.role() + " " + CompressText.integerType(t)));
        tensors.getColumns().add(column("Scale (min..max)", 140, TensorQuantizationText::scale));
        tensors.getColumns().add(column("Zero pt", 64, TensorQuantizationText::zeroPoint));
        tensors.getColumns().add(column("Ch.", 48, CompressText::channels));
        tensors.getColumns().add(column("Range", 120, TensorQuantizationText::range));
        setSpacing(6);
        getChildren().addAll(summary, notes, tensors);
        VBox.setVgrow(tensors, Priority.ALWAYS);
        viewModel.selectedProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.selectedProperty().get());
    }

    private static TableColumn<TensorQuantization, String> column(String title, double width,
                                                                  Function<TensorQuantization, String> text) {
        TableColumn<TensorQuantization, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        return column;
    }

    private void show(CompressExperiment experiment) {
        notes.getChildren().clear();
        if (experiment == null) {
            summary.setText("Select an experiment to see what its pass did");
            tensors.setItems(FXCollections.observableArrayList());
            return;
        }
        PassReport report = experiment.report();
        if (report == null) {
            summary.setText("The original model, as loaded: nothing quantized. Every experiment is compared with it.");
            tensors.setItems(FXCollections.observableArrayList());
            return;
        }
        summary.setText(CompressText.reportLine(report));
        viewModel.experiments().stream().filter(CompressExperiment::isOriginal).findFirst().ifPresent(original -> {
            double speedUp = experiment.summary().speedUpOver(original.summary());
            if (speedUp < 1) {
                notes.getChildren().add(note(String.format(java.util.Locale.ROOT, "Slower than the original on this "
                        + "machine: %.2f× its median latency.%s", 1 / speedUp, report.notes().isEmpty() ? ""
                        : " Why: see below."), true));
            }
        });
        if (report.converted().isEmpty()) {
            boolean dynamic = experiment.settings() != null
                    && experiment.settings().mode() == io.tensorscope.engine.quantize.QuantizationMode.DYNAMIC;
            notes.getChildren().add(note("The pass found nothing to convert in this model, so it computes what the "
                    + "original does" + (dynamic ? " (dynamic int8 rewrites MatMul, Gemm and Gather nodes only; static "
                    + "int8 also converts Conv)." : "."), true));
        }
        report.notes().forEach(text -> notes.getChildren().add(note(text, false)));
        tensors.setItems(FXCollections.observableArrayList(report.tensors()));
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
