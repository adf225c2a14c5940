package io.tensorscope.profiler.advice;

import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.timing.ModelProfile;

/**
 * What the rules read.
 *
 * @param model    the model
 * @param analysis its shapes and costs
 * @param profile  its measured profile, or null (rules that need one find nothing)
 * @param roofs    this machine's roofs at the profile's threads, or null
 */
public record AdviceInput(Model model, ModelAnalysis analysis, ModelProfile profile, ThreadCeilings roofs) {

    /** @return the input of a model not profiled */
    public static AdviceInput of(Model model, ModelAnalysis analysis) {
        return new AdviceInput(model, analysis, null, null);
    }
}
