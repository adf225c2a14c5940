package io.tensorscope.app.workbench.history;

import io.tensorscope.app.workbench.shared.OwnedDialogs;
import io.tensorscope.engine.diff.ModelDiff;
import io.tensorscope.profiler.report.DiffText;
import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows a model diff as {@code tensorscope diff} prints it: the counts, then what changed, was removed or added. */
final class DiffDialog {

    /** Id of the dialog's text. */
    static final String TEXT_ID = "diff-text";

    private DiffDialog() {
    }

    static void show(Window owner, ModelDiff diff) {
        StringWriter text = new StringWriter();
        DiffText.write(diff, new PrintWriter(text));
        TextArea area = new TextArea(text.toString());
        area.setId(TEXT_ID);
        area.setEditable(false);
        area.setStyle("-fx-font-family: monospace;");
        area.setPrefSize(900, 520);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Diff: " + diff.before() + " → " + diff.after());
        dialog.getDialogPane().setContent(area);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        OwnedDialogs.attach(dialog, owner);
        dialog.show();
    }
}
