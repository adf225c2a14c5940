package io.tensorscope.app.workbench.compress;

import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Compress tab's left column: the pipeline editor (steps, and the selected step's options in a property sheet
 * generated from its pass's declarations), the calibration data when a step needs it, the evaluation data, the Auto
 * search's settings, all scrolling when the window is low; below them, always in view, Run / Auto / Cancel with
 * progress, and the last failure.
 */
final class CompressSettingsPane extends BorderPane {

    private static final String CALIBRATION = "Calibration data";
    private static final String EVALUATION = "Evaluation";
    private static final List<String> CALIBRATION_DATA = List.of(BundledDatasets.MNIST, BundledDatasets.FASHION_MNIST,
            BundledDatasets.SPAM_ASSASSIN, PassContext.RANDOM_DATA);

    /** Lowest the step's options get, px (five rows); below it the settings scroll instead. */
    private static final double SHEET_MIN_HEIGHT = 150;

    private final CompressViewModel viewModel;
    private final ObservableList<PropertySheet.Item> stepItems = FXCollections.observableArrayList();
    private final ObservableList<PropertySheet.Item> dataItems = FXCollections.observableArrayList();
    private final Label passHint = new Label();
    private final Label stepTitle = new Label();

    CompressSettingsPane(CompressViewModel viewModel) {
        this.viewModel = viewModel;
        setId("compress-settings");
        getStyleClass().add("compress-settings");
        PipelineStepsPane steps = new PipelineStepsPane(viewModel);
        passHint.setId("compress-pass-hint");
        passHint.setWrapText(true);
        passHint.getStyleClass().add("hint");
        passHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        viewModel.selectedStepProperty().addListener((obs, old, now) -> showItems());
        viewModel.steps().addListener((ListChangeListener<StepDraft>) c -> showItems());

        PropertySheet sheet = sheet(stepItems, "compress-options");
        sheet.setMinHeight(SHEET_MIN_HEIGHT);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        PropertySheet data = sheet(dataItems, "compress-data-options");
        data.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        stepTitle.getStyleClass().add("section-title");
        Label dataTitle = new Label("Data");
        dataTitle.getStyleClass().add("section-title");
        showItems();

        Label timing = new Label(String.format(Locale.ROOT, "Latency of every experiment: %d thread, %d warm-up and %d "
                        + "timed runs (the original is timed and scored once).", ExperimentPlan.LATENCY.threads(),
                ExperimentPlan.LATENCY.warmupRuns(), ExperimentPlan.LATENCY.runs()));
        timing.setWrapText(true);
        timing.getStyleClass().add("hint");
        timing.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        VBox form = new VBox(8, steps, stepTitle, passHint, sheet, dataTitle, data, timing, new AutoSettingsPane(viewModel));
        form.setPadding(new Insets(8, 10, 8, 10));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setId("compress-settings-scroll");
        scroll.setFitToWidth(true);
        // As tall as the view (the step's options fill it), taller only when its parts need more: then it scrolls.
        form.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getHeight(),
                scroll.viewportBoundsProperty()));
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        CompressRunBar run = new CompressRunBar(viewModel);
        run.setPadding(new Insets(8, 10, 8, 10));
        setCenter(scroll);
        setBottom(run);
    }

    private static PropertySheet sheet(ObservableList<PropertySheet.Item> items, String id) {
        PropertySheet sheet = new PropertySheet(items);
        sheet.setId(id);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(new SheetEditors());
        return sheet;
    }

    private void showItems() {
        StepDraft step = viewModel.selectedStepProperty().get();
        if (step != null) {
            String title = "Step " + (viewModel.steps().indexOf(step) + 1) + " · " + step.pass().displayName();
            stepTitle.setText(title);
            passHint.setText(step.pass().description() + ".");
            stepItems.setAll(StepSheetItems.of(step, title, "compress-option-"));
        } else {
            stepTitle.setText("No step");
            passHint.setText("Add a step to build a pipeline.");
            stepItems.clear();
        }
        List<PropertySheet.Item> shown = new ArrayList<>();
        if (viewModel.steps().stream().anyMatch(s -> s.pass().needsData())) {
            shown.add(new SheetItem(CALIBRATION, "Calibrate on", "Sample inputs for the steps that calibrate: mnist (its "
                    + "training digits), spam-assassin, random (random inputs: poor ranges), or a path to your own data "
                    + "(a folder of images with labels.csv, or a CSV of text,label)", String.class,
                    viewModel.calibrationDatasetProperty(), CALIBRATION_DATA, true, 0, 0, "compress-calibration-dataset"));
        }
        shown.add(new SheetItem(EVALUATION, "Evaluate on", "Evaluation data set. mnist: top-1 accuracy; spam-assassin: "
                + "5-NN accuracy of the embeddings and cosine fidelity to the original (about a minute for MiniLM); "
                + "random inputs (your own model, no labelled data): agreement with the original on seeded random "
                + "inputs, top-1 for a classifier's output, else mean cosine; or a path to your own data (a folder of "
                + "images with labels.csv, or a CSV of text,label)", String.class,
                viewModel.evaluationDatasetProperty(), CompressViewModel.DATASETS, true, 0, 0,
                "compress-evaluation-dataset"));
        shown.add(new SheetItem(EVALUATION, "Test images", "Test images to score, from the first (0 = all 10,000); texts "
                + "always use the whole k-NN split; random inputs: how many (0 = 100)", Integer.class, viewModel.evaluationSamplesProperty(), List.of(), false,
                0, 100_000, "compress-evaluation-samples"));
        dataItems.setAll(shown);
    }
}
