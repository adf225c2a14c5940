package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.task.BlockedRunTooltip;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The foot of the Compress tab's settings, always in view: Run, Auto and Cancel with the progress bar, what the running
 * job does (or how the last one ended), and the last failure.
 */
final class CompressRunBar extends VBox {

    CompressRunBar(CompressViewModel viewModel) {
        Button run = button("Run", "mdi2p-play-circle-outline", "compress-run");
        run.disableProperty().bind(viewModel.canRunBinding().not());
        run.setOnAction(e -> viewModel.run());
        Button auto = button("Auto", "mdi2a-auto-fix", "compress-auto");
        auto.setTooltip(new Tooltip("Search per-layer channel pruning (then the pipeline, if ticked) for the fastest "
                + "model within the accuracy budget; every candidate is listed as it is measured, and Cancel keeps them"));
        auto.disableProperty().bind(viewModel.auto().canStartBinding().not());
        auto.setOnAction(e -> viewModel.auto().start());
        Button cancel = button("Cancel", "mdi2s-stop-circle-outline", "compress-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("compress-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        HBox buttons = new HBox(8, BlockedRunTooltip.wrap(run, viewModel.runBlockedReasonBinding()),
                BlockedRunTooltip.wrap(auto, viewModel.runBlockedReasonBinding()), cancel, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("compress-progress-message");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.progressMessageProperty());
        Label problem = new Label();
        problem.setId("compress-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(viewModel.failureProperty());
        problem.visibleProperty().bind(viewModel.failureProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(buttons, message, problem);
        getStyleClass().add("compress-run-bar");
        setSpacing(8);
    }

    private static Button button(String text, String icon, String id) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
