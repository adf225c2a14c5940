package io.tensorscope.app.workbench.compress;

import io.tensorscope.engine.quantize.CalibrationMethod;
import io.tensorscope.engine.quantize.QuantizationMode;
import io.tensorscope.profiler.experiment.ExperimentNames;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Compress tab's left column: the pass (segmented buttons), its options in a property sheet that lists only
 * what the pass uses (in the order quantization, calibration, keep in float, evaluation), Run / Cancel with progress,
 * and the last failure.
 */
final class CompressSettingsPane extends VBox {

    private static final String QUANTIZATION = "1 · Quantization";
    private static final String CALIBRATION = "2 · Calibration";
    private static final String KEEP_IN_FLOAT = "3 · Keep in float";
    private static final String EVALUATION = "4 · Evaluation";

    private final CompressViewModel viewModel;
    private final ObservableList<PropertySheet.Item> items = FXCollections.observableArrayList();
    private final Label passHint = new Label();

    CompressSettingsPane(CompressViewModel viewModel) {
        this.viewModel = viewModel;
        setId("compress-settings");
        getStyleClass().add("compress-settings");
        SegmentedButton passes = new SegmentedButton();
        for (QuantizationMode mode : QuantizationMode.values()) {
            ToggleButton button = new ToggleButton(ExperimentNames.pass(mode));
            button.setId("compress-pass-" + mode.key());
            button.setUserData(mode);
            button.setSelected(viewModel.modeProperty().get() == mode);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            passes.getButtons().add(button);
        }
        passes.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.modeProperty().set((QuantizationMode) now.getUserData());
            }
        });
        viewModel.modeProperty().addListener((obs, old, mode) -> {
            passes.getButtons().forEach(b -> b.setSelected(b.getUserData() == mode));
            showItemsFor(mode);
        });
        passHint.setWrapText(true);
        passHint.getStyleClass().add("hint");
        passHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        PropertySheet sheet = new PropertySheet(items);
        sheet.setId("compress-options");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(new SheetEditors());
        VBox.setVgrow(sheet, Priority.ALWAYS);
        showItemsFor(viewModel.modeProperty().get());

        Button run = new Button("Run", new FontIcon("mdi2p-play-circle-outline"));
        run.setId("compress-run");
        run.disableProperty().bind(viewModel.canRunBinding().not());
        run.setOnAction(e -> viewModel.run());
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel", new FontIcon("mdi2s-stop-circle-outline"));
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.setId("compress-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("compress-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        HBox buttons = new HBox(8, run, cancel, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("compress-progress-message");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.progressMessageProperty());
        Label problem = new Label();
        problem.setId("compress-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.failureProperty());
        problem.visibleProperty().bind(viewModel.failureProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label timing = new Label(String.format(Locale.ROOT, "Latency of every experiment: %d thread, %d warm-up and %d "
                        + "timed runs (the original is timed and scored once).", ExperimentPlan.LATENCY.threads(),
                ExperimentPlan.LATENCY.warmupRuns(), ExperimentPlan.LATENCY.runs()));
        timing.setWrapText(true);
        timing.getStyleClass().add("hint");
        timing.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        getChildren().addAll(passes, passHint, sheet, timing, buttons, message, problem);
        setSpacing(8);
        setPadding(new Insets(8, 10, 8, 10));
    }

    private void showItemsFor(QuantizationMode mode) {
        passHint.setText(switch (mode) {
            case DYNAMIC -> "int8 weights now, activations quantized at run time: no calibration data needed.";
            case STATIC -> "int8 weights and activations (QDQ); activation ranges calibrated on sample inputs.";
            case FP16 -> "float16 weights and compute: half the size; on CPUs without fp16 arithmetic it may run slower.";
        });
        List<PropertySheet.Item> shown = new ArrayList<>();
        if (mode != QuantizationMode.FP16) {
            shown.add(new SheetItem(QUANTIZATION, "Per-channel", "Per-channel weights: one scale per output channel (usually more "
                    + "accurate) instead of one per tensor", Boolean.class, viewModel.perChannelProperty(), List.of(),
                    "compress-per-channel"));
        }
        if (mode == QuantizationMode.STATIC) {
            shown.add(new SheetItem(CALIBRATION, "Calibration", "Calibration method. MINMAX: no clipping; PERCENTILE: clips rare outliers; "
                    + "ENTROPY: KL-divergence threshold (TensorRT)", CalibrationMethod.class, viewModel.calibrationProperty(),
                    List.of(), "compress-calibration"));
            shown.add(new SheetItem(CALIBRATION, "Calibrate on", "Calibration inputs: mnist (its training digits), spam-assassin, or a path to your own data (a folder of "
                    + "images with labels.csv, or a CSV of text,label)",
                    String.class, viewModel.calibrationDatasetProperty(), CompressViewModel.DATASETS,
                    "compress-calibration-dataset"));
            shown.add(new SheetItem(CALIBRATION, "Samples", "Calibration samples, ≥ 1", Integer.class,
                    viewModel.calibrationSamplesProperty(), List.of(), "compress-calibration-samples"));
        }
        shown.add(new SheetItem(KEEP_IN_FLOAT, "Float nodes", "Node names left in float, separated by commas", String.class,
                viewModel.excludedNodesProperty(), List.of(), "compress-exclude-nodes"));
        shown.add(new SheetItem(KEEP_IN_FLOAT, "Float op types", "Operator types left in float, e.g. Softmax, Gemm",
                String.class, viewModel.excludedOpTypesProperty(), List.of(), "compress-exclude-ops"));
        shown.add(new SheetItem(EVALUATION, "Evaluate on", "Evaluation data set. mnist: top-1 accuracy; spam-assassin: 5-NN accuracy of the "
                + "embeddings and cosine fidelity to the original (about a minute for MiniLM); or a path to your own "
                + "data (a folder of images with labels.csv, or a CSV of text,label)", String.class,
                viewModel.evaluationDatasetProperty(), CompressViewModel.DATASETS, "compress-evaluation-dataset"));
        shown.add(new SheetItem(EVALUATION, "Test images", "Test images to score, from the first (0 = all 10,000); texts always "
                + "use the whole k-NN split", Integer.class, viewModel.evaluationSamplesProperty(), List.of(),
                "compress-evaluation-samples"));
        items.setAll(shown);
    }
}
