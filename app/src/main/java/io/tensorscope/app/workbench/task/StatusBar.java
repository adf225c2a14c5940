package io.tensorscope.app.workbench.task;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/** The status bar: the running task's message, a progress bar and a Cancel button, bound to a {@link TaskStatus}. */
public final class StatusBar extends HBox {

    /** Builds the bar and binds it to {@code status}. */
    public StatusBar(TaskStatus status) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(status.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(220);
        progress.progressProperty().bind(status.progressProperty());
        progress.visibleProperty().bind(status.runningProperty());
        Button cancel = new Button("Cancel", new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("cancel-task");
        cancel.visibleProperty().bind(status.runningProperty());
        cancel.setOnAction(e -> status.cancel());
        getChildren().addAll(message, progress, cancel);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));
    }
}
