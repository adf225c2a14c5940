package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.task.BlockedRunTooltip;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.profiler.timing.ProfileSettings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Profile tab's top row: threads, warm-up and timed runs, optimisation, input sizes, Run / Cancel, progress. */
final class ProfileSettingsBar extends FlowPane {

    /** Kept here: a bidirectional binding holds its object wrappers only weakly. */
    private final ObjectProperty<Integer> threads;
    private final ObjectProperty<Integer> warmupRuns;
    private final ObjectProperty<Integer> runs;

    ProfileSettingsBar(ProfileViewModel viewModel) {
        threads = viewModel.threadsProperty().asObject();
        warmupRuns = viewModel.warmupRunsProperty().asObject();
        runs = viewModel.runsProperty().asObject();
        Spinner<Integer> threadSpinner = spinner("profile-threads", 1, viewModel.maxThreads(), threads, 60);
        Spinner<Integer> warmupSpinner = spinner("profile-warmup", 0, 1000, warmupRuns, 70);
        Spinner<Integer> runSpinner = spinner("profile-runs", 1, ProfileSettings.MAX_RUNS, runs, 80);

        ChoiceBox<OptimizationLevel> optimization = new ChoiceBox<>();
        optimization.setId("profile-optimization");
        optimization.getItems().setAll(OptimizationLevel.values());
        optimization.valueProperty().bindBidirectional(viewModel.optimizationProperty());
        optimization.setTooltip(new Tooltip("NONE keeps every node (one kernel per node); ALL is what you deploy"));

        TextField sizes = new TextField();
        sizes.setId("profile-input-sizes");
        sizes.setPromptText("input_ids=1x128 (blank: batch 1, sequence 128)");
        sizes.setPrefColumnCount(16);
        sizes.textProperty().bindBidirectional(viewModel.inputSizesProperty());

        Button run = new Button("Run", new FontIcon("mdi2p-play-circle-outline"));
        run.setId("profile-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(viewModel.canRunBinding().not());
        run.setOnAction(e -> viewModel.run());
        Button cancel = new Button("Cancel", new FontIcon("mdi2s-stop-circle-outline"));
        cancel.setId("profile-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());

        ProgressBar progress = new ProgressBar(0);
        progress.setId("profile-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        Label message = new Label();
        message.setId("profile-progress-message");
        message.getStyleClass().add("hint");
        message.textProperty().bind(viewModel.progressMessageProperty());

        getChildren().addAll(group(caption("Threads"), threadSpinner), group(caption("Warm-up"), warmupSpinner),
                group(caption("Runs"), runSpinner), group(caption("Optimisation"), optimization),
                group(caption("Input sizes"), sizes),
                group(BlockedRunTooltip.wrap(run, viewModel.runBlockedReasonBinding()), cancel), group(progress, message));
        getStyleClass().add("tool-bar-row");
        setAlignment(Pos.CENTER_LEFT);
        setHgap(14);
        setVgap(6);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, ObjectProperty<Integer> value, double width) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(width);
        spinner.setMinWidth(width);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return spinner;
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("fact-label");
        return label;
    }

}
