package io.tensorscope.app.workbench.task;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Says why a Run button is disabled: a tooltip with the reason, shown only while there is one. It sits on a pane
 * around the button, because a disabled control receives no mouse events and so never shows a tooltip of its own.
 */
public final class BlockedRunTooltip {

    private BlockedRunTooltip() {
    }

    /**
     * @param run    the Run button
     * @param reason why Run cannot start, or null when nothing blocks it
     * @return the button in a pane that shows {@code reason} on hover; add the pane where the button would go
     */
    public static StackPane wrap(Button run, ObservableStringValue reason) {
        StackPane pane = new StackPane(run);
        Tooltip tooltip = new Tooltip();
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.textProperty().bind(reason);
        reason.addListener((obs, old, now) -> show(pane, tooltip, now));
        show(pane, tooltip, reason.get());
        return pane;
    }

    private static void show(StackPane pane, Tooltip tooltip, String reason) {
        if (reason == null) {
            Tooltip.uninstall(pane, tooltip);
        } else {
            Tooltip.install(pane, tooltip);
        }
    }
}
