package io.tensorscope.app.workbench.help;

import io.tensorscope.app.workbench.shared.OwnedDialogs;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help > Keyboard shortcuts (F1): every shortcut of {@link Shortcut}, keys on the left, what they do on the right. */
public final class ShortcutsDialog {

    /** Style id of the dialog pane, for tests. */
    public static final String ID = "shortcuts-dialog";

    private ShortcutsDialog() {
    }

    /** Shows the list over {@code owner} without blocking. */
    public static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            add(grid, row++, shortcut.keys().getDisplayText(), shortcut.action());
        }
        for (var other : Shortcut.OTHER_KEYS) {
            add(grid, row++, other.get(0), other.get(1));
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        OwnedDialogs.attach(dialog, owner);
        dialog.show();
    }

    private static void add(GridPane grid, int row, String keys, String action) {
        Label key = new Label(keys);
        key.getStyleClass().add("shortcut-keys");
        Label what = new Label(action);
        key.setMinWidth(Region.USE_PREF_SIZE);
        what.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, key, what);
    }
}
