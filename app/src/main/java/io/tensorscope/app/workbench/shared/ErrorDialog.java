package io.tensorscope.app.workbench.shared;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Shows a user error as a dialog with its one-line reason, never a stack trace. */
public final class ErrorDialog {

    /** Style id of the dialog, for tests. */
    public static final String ID = "error-dialog";

    private ErrorDialog() {
    }

    /** Shows {@code message} under {@code header} without blocking; {@code onClose} runs when the user closes it. */
    public static void show(Window owner, String header, String message, Runnable onClose) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        OwnedDialogs.attach(alert, owner);
        alert.setTitle("Tensorscope");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setId(ID);
        alert.setOnHidden(e -> onClose.run());
        alert.show();
    }
}
