package io.tensorscope.engine.pass;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.Runners;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pass may use besides the model: progress and cancellation, the data set for calibration (id, path, or
 * {@value #RANDOM_DATA}), the runtime to run the model on (calibration), and the model the pipeline started from (a
 * distillation step's teacher).
 *
 * @param progress      progress and cancellation
 * @param dataset       data set for passes that need sample inputs, or null when none was given
 * @param runners       opens models on a runtime
 * @param pipelineInput the model the pipeline started from, or null outside a pipeline
 */
public record PassContext(ProgressListener progress, String dataset, Runners runners, Model pipelineInput) {

    /** The data set name meaning random inputs of the model's input shapes (fixed seed). */
    public static final String RANDOM_DATA = "random";

    public PassContext {
        Objects.requireNonNull(progress);
        Objects.requireNonNull(runners);
    }

    /** @return a context with no data set, ONNX Runtime, and {@code progress} */
    public static PassContext of(ProgressListener progress) {
        return new PassContext(progress, null, Runners.ONNX_RUNTIME, null);
    }

    /** @return the data set, if one was given */
    public Optional<String> datasetName() {
        return Optional.ofNullable(dataset).filter(d -> !d.isBlank());
    }

    /** @return this context with another progress listener (a pipeline step's share of the whole) */
    public PassContext withProgress(ProgressListener other) {
        return new PassContext(other, dataset, runners, pipelineInput);
    }

    /** @return this context with another data set */
    public PassContext withDataset(String other) {
        return new PassContext(progress, other, runners, pipelineInput);
    }

    /** @return this context with the model the pipeline started from */
    public PassContext withPipelineInput(Model model) {
        return new PassContext(progress, dataset, runners, model);
    }

    /** @return the model the pipeline started from, when the pass runs in one */
    public Optional<Model> pipelineInputModel() {
        return Optional.ofNullable(pipelineInput);
    }
}
