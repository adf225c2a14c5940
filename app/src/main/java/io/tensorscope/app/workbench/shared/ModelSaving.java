package io.tensorscope.app.workbench.shared;

import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.model.Model;

import java.nio.file.Path;

/** "Save as ONNX…" as a background task, the same for the model shown (File menu) and an experiment (Compress tab). */
public final class ModelSaving {

    private ModelSaving() {
    }

    /**
     * @param label  what is saved, for the status bar ({@code Saving <label>})
     * @param model  the model to write
     * @param target the {@code .onnx} file to create or replace, atomically ({@link ModelWriter#write})
     * @return a task whose result is {@code target}; set its callbacks, then run it
     */
    public static BackgroundTask<Path> task(String label, Model model, Path target) {
        return BackgroundTask.of("Saving " + label, progress -> {
            ModelWriter.write(model, target);
            return target;
        });
    }
}
