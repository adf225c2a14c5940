package io.tensorscope.app.workbench.help;

import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.TaskProgress;
import io.tensorscope.engine.Versions;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RuntimeVersions;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Help > About: the versions of Tensorscope, Java, ONNX Runtime, DJL and PyTorch, each asked of the software
 * itself. Reading ONNX Runtime's loads its native library, so {@link #load()} runs in the background.
 */
public final class AboutViewModel {

    private final TaskExecutor executor;
    private final ObservableList<String> lines = FXCollections.observableArrayList();

    /** @param executor reads the versions */
    public AboutViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Fills {@link #lines()} with one line per piece of software (once the versions are read; read once). */
    public void load() {
        if (!lines.isEmpty()) {
            return;
        }
        executor.execute(BackgroundTask.of("Reading versions", progress -> versionLines()).onSuccess(lines::setAll),
                TaskProgress.IGNORE);
    }

    /** @return e.g. {@code Tensorscope 0.1.0}, {@code Java 17.0.15 (Eclipse Adoptium)}, …; empty until loaded */
    public ObservableList<String> lines() {
        return lines;
    }

    static List<String> versionLines() {
        return List.of("Tensorscope " + Versions.TENSORSCOPE,
                "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                onnxRuntime(),
                "DJL " + RuntimeVersions.djl(),
                RuntimeVersions.pyTorch().map(v -> "PyTorch " + v + " (through DJL, for training)")
                        .orElse("PyTorch: not in this build"));
    }

    private static String onnxRuntime() {
        try {
            return OnnxRunner.runtimeVersion();
        } catch (RuntimeException | LinkageError e) {
            return "ONNX Runtime: cannot be loaded (" + e.getMessage() + ")";
        }
    }
}
