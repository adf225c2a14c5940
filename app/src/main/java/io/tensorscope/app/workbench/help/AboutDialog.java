package io.tensorscope.app.workbench.help;

import io.tensorscope.app.workbench.shared.OwnedDialogs;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Help > About: what Tensorscope is and the versions an {@link AboutViewModel} reads. */
public final class AboutDialog {

    /** Style id of the dialog pane, for tests. */
    public static final String ID = "about-dialog";

    private AboutDialog() {
    }

    /** Shows the dialog over {@code owner} without blocking and starts reading the versions. */
    public static void show(Window owner, AboutViewModel viewModel) {
        Label what = new Label("Profile and compress deep-learning models (ONNX): see where time and memory go, "
                + "quantize, prune and distil, and measure what that did.");
        what.setWrapText(true);
        what.setMaxWidth(420);
        what.setMinHeight(Region.USE_PREF_SIZE);
        Label versions = new Label("Reading versions…");
        versions.setId("about-versions");
        versions.textProperty().bind(Bindings.createStringBinding(() -> viewModel.lines().isEmpty()
                ? "Reading versions…" : String.join("\n", viewModel.lines()), viewModel.lines()));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("About Tensorscope");
        dialog.setHeaderText("Tensorscope");
        dialog.setGraphic(new FontIcon("mdi2c-chip"));
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().setContent(new VBox(12, what, versions));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        OwnedDialogs.attach(dialog, owner);
        // The versions arrive after the dialog is shown: let it grow to them.
        viewModel.lines().addListener((javafx.collections.ListChangeListener<String>) c ->
                dialog.getDialogPane().getScene().getWindow().sizeToScene());
        viewModel.load();
        dialog.show();
    }
}
