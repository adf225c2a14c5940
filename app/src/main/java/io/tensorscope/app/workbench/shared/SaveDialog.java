package io.tensorscope.app.workbench.shared;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The file chooser of every "Save as ONNX…" and of the comparison report. */
public final class SaveDialog {

    private SaveDialog() {
    }

    /** @return the {@code .onnx} file the user picks, or empty when they cancel */
    public static Optional<Path> askOnnx(Window owner, String title, String initialFileName) {
        return ask(owner, title, initialFileName, new FileChooser.ExtensionFilter("ONNX models", "*.onnx"));
    }

    /** @return the report file the user picks (its ending chooses the format), or empty when they cancel */
    public static Optional<Path> askReport(Window owner, String initialFileName) {
        return ask(owner, "Write the comparison report", initialFileName,
                new FileChooser.ExtensionFilter("HTML page", "*.html"), new FileChooser.ExtensionFilter("PDF", "*.pdf"),
                new FileChooser.ExtensionFilter("CSV", "*.csv"), new FileChooser.ExtensionFilter("JSON", "*.json"));
    }

    private static Optional<Path> ask(Window owner, String title, String initialFileName,
                                      FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        chooser.setInitialFileName(initialFileName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** @return {@code name} without a trailing {@code .onnx}, for building file names */
    public static String baseName(String name) {
        return name.replaceAll("\\.onnx$", "");
    }
}
