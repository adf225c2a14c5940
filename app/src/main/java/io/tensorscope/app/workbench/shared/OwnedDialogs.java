package io.tensorscope.app.workbench.shared;

import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Dialogs that belong to a window: centred on it and styled like it (its theme and style sheets). */
public final class OwnedDialogs {

    private OwnedDialogs() {
    }

    /** Makes {@code owner} (may be null: a dialog of its own) the owner of {@code dialog} and gives it owner's look. */
    public static void attach(Dialog<?> dialog, Window owner) {
        if (owner == null) {
            return;
        }
        dialog.initOwner(owner);
        Scene from = owner.getScene();
        Scene to = dialog.getDialogPane().getScene();
        if (from != null && to != null) {
            to.userAgentStylesheetProperty().bind(from.userAgentStylesheetProperty());
            dialog.getDialogPane().getStylesheets().setAll(from.getStylesheets());
        }
    }
}
