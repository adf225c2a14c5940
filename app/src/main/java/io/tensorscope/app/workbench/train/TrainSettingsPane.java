package io.tensorscope.app.workbench.train;

import io.tensorscope.app.workbench.compress.SheetEditors;
import io.tensorscope.app.workbench.compress.SheetItem;
import io.tensorscope.app.workbench.compress.StepSheetItems;
import io.tensorscope.app.workbench.task.BlockedRunTooltip;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The Train tab's left column: what is trained and learnt from, the settings in a property sheet (mode, data, a new
 * head, and the {@code distil} pass's declared options, temperature and alpha only when distilling); below, Train and
 * Cancel with the progress bar, what the run does, and the last failure.
 */
final class TrainSettingsPane extends BorderPane {

    private static final String RUN = "Run";
    private static final String TRAINING = "Training";
    private static final String OPTION_ID = "train-option-";

    private final TrainViewModel viewModel;
    private final ObservableList<PropertySheet.Item> items = FXCollections.observableArrayList();

    TrainSettingsPane(TrainViewModel viewModel) {
        this.viewModel = viewModel;
        setId("train-settings");
        Label target = new Label();
        target.setId("train-target");
        target.setWrapText(true);
        target.setMinHeight(Region.USE_PREF_SIZE);
        target.textProperty().bind(viewModel.targetBinding());
        Label hint = new Label("Select an experiment on the Compress tab (e.g. a pruned copy) to train it; the result "
                + "is measured like any experiment and listed there as its child.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        PropertySheet sheet = new PropertySheet(items);
        sheet.setId("train-options");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(new SheetEditors());
        VBox.setVgrow(sheet, Priority.ALWAYS);
        viewModel.modeProperty().addListener((obs, old, now) -> showItems());
        showItems();
        VBox form = new VBox(8, target, hint, sheet);
        form.setPadding(new Insets(8, 10, 8, 10));
        setCenter(form);
        setBottom(runBar());
    }

    private void showItems() {
        List<PropertySheet.Item> shown = new ArrayList<>();
        shown.add(new SheetItem(RUN, "Mode", "Fine-tune: cross-entropy on the labels. Distil: learn the teacher's "
                + "softened scores too", TrainMode.class, viewModel.modeProperty(), List.of(TrainMode.values()), false,
                0, 0, "train-mode"));
        shown.add(new SheetItem(RUN, "Train on", "Training data: a bundled set's training split (mnist: 60,000 digits) "
                + "or a path to a folder of images with labels.csv", String.class, viewModel.datasetProperty(),
                TrainViewModel.DATASETS, true, 0, 0, "train-dataset"));
        if (viewModel.modeProperty().get() == TrainMode.FINETUNE) {
            shown.add(new SheetItem(RUN, "New head", "Replace the last Gemm/MatMul by a fresh one with this many "
                    + "classes (0: keep it)", Integer.class, viewModel.headClassesProperty(), List.of(), false, 0,
                    100_000, "train-head"));
        }
        boolean distil = viewModel.modeProperty().get() == TrainMode.DISTIL;
        StepSheetItems.of(viewModel.settings(), TRAINING, OPTION_ID).stream()
                .filter(item -> distil || TrainViewModel.TEACHER_OPTIONS.stream()
                        .noneMatch(option -> ((SheetItem) item).id().equals(OPTION_ID + option)))
                .forEach(shown::add);
        items.setAll(shown);
    }

    private VBox runBar() {
        Button train = button("Train", "mdi2s-school-outline", "train-start");
        train.disableProperty().bind(viewModel.canStartBinding().not());
        train.setOnAction(e -> viewModel.start());
        Button cancel = button("Cancel", "mdi2s-stop-circle-outline", "train-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("train-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        HBox buttons = new HBox(8, BlockedRunTooltip.wrap(train, viewModel.blockedReasonBinding()), cancel, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = label("train-progress-message", "hint");
        message.textProperty().bind(viewModel.progressMessageProperty());
        Label problem = label("train-problem", "problem");
        problem.textProperty().bind(viewModel.failureProperty());
        problem.visibleProperty().bind(viewModel.failureProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox bar = new VBox(8, buttons, message, problem);
        bar.getStyleClass().add("compress-run-bar");
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Button button(String text, String icon, String id) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
