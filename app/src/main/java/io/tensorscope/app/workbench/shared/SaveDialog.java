package io.tensorscope.app.workbench.shared;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The file chooser of every "Save as ONNX…". */
public final class SaveDialog {

    private SaveDialog() {
    }

    /** @return the {@code .onnx} file the user picks, or empty when they cancel */
    public static Optional<Path> askOnnx(Window owner, String title, String initialFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ONNX models", "*.onnx"));
        chooser.setInitialFileName(initialFileName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** @return {@code name} without a trailing {@code .onnx}, for building file names */
    public static String baseName(String name) {
        return name.replaceAll("\\.onnx$", "");
    }
}
