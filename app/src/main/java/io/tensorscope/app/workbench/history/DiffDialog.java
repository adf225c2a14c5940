package io.tensorscope.app.workbench.history;

import io.tensorscope.app.workbench.shared.OwnedDialogs;
import io.tensorscope.engine.diff.ModelDiff;
import io.tensorscope.profiler.report.DiffText;
import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Shows a model diff as {@code tensorscope diff} prints it (the counts, then what changed, was removed or added), with a
 * button to show the second model coloured by it.
 */
final class DiffDialog {

    /** Id of the dialog's text. */
    static final String TEXT_ID = "diff-text";

    private DiffDialog() {
    }

    /** Id of the button that colours the graph by the diff. */
    static final String ON_GRAPH_ID = "diff-on-graph";

    /** Shows {@code diff}; its "Colour the graph" button runs {@code onGraph} and closes the dialog. */
    static void show(Window owner, ModelDiff diff, Runnable onGraph) {
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
        ButtonType graph = new ButtonType("Colour the graph by it", ButtonBar.ButtonData.APPLY);
        dialog.getDialogPane().getButtonTypes().addAll(graph, ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(graph).setId(ON_GRAPH_ID);
        dialog.setResultConverter(button -> {
            if (button == graph) {
                onGraph.run();
            }
            return null;
        });
        dialog.setResizable(true);
        OwnedDialogs.attach(dialog, owner);
        dialog.show();
    }
}
