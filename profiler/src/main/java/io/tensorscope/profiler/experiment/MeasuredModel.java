package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.timing.ModelProfile;

/**
 * A model with its latency profile and its score.
 *
 * @param model      the model
 * @param analysis   its cost analysis at the default input sizes
 * @param profile    its profile under the plan's settings
 * @param evaluation its score on the plan's data set
 */
public record MeasuredModel(Model model, ModelAnalysis analysis, ModelProfile profile, Evaluation evaluation) {

    /** @return the same model with another evaluation */
    public MeasuredModel withEvaluation(Evaluation other) {
        return new MeasuredModel(model, analysis, profile, other);
    }
}
