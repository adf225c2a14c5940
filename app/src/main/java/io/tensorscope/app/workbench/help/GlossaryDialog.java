package io.tensorscope.app.workbench.help;

import io.tensorscope.app.workbench.shared.OwnedDialogs;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > Glossary: every {@link Glossary} term in bold with its explanation below, in a scrolling list. */
public final class GlossaryDialog {

    /** Style id of the dialog pane, for tests. */
    public static final String ID = "glossary-dialog";
    private static final double WIDTH = 520;
    private static final double HEIGHT = 460;

    private GlossaryDialog() {
    }

    /** Shows the glossary over {@code owner} without blocking. */
    public static void show(Window owner) {
        VBox list = new VBox(10);
        for (Glossary.Entry entry : Glossary.entries()) {
            Label term = new Label(entry.term());
            term.getStyleClass().add("glossary-term");
            Label text = new Label(entry.text());
            text.setWrapText(true);
            text.setMaxWidth(WIDTH - 40);
            list.getChildren().add(new VBox(2, term, text));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(WIDTH, HEIGHT);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Glossary");
        dialog.setHeaderText("What the numbers mean");
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        OwnedDialogs.attach(dialog, owner);
        dialog.show();
    }
}
