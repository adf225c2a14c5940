package io.tensorscope.engine.pass;

import io.tensorscope.engine.model.Model;
import java.util.List;

/**
 * A pipeline run, done.
 *
 * @param dataset the data set the steps used, or null
 * @param steps   every step's result, in order, at least one
 */
public record PipelineResult(String dataset, List<StepResult> steps) {

    public PipelineResult {
        steps = List.copyOf(steps);
    }

    /** @return the last step's model: the pipeline's output */
    public Model model() {
        return steps.get(steps.size() - 1).result().model();
    }

    /** @return the spec that replays this run exactly (every option written out) */
    public PipelineSpec spec() {
        return new PipelineSpec(dataset, steps.stream().map(StepResult::step).toList());
    }

    /** @return every step's report, in order */
    public List<PassReport> reports() {
        return steps.stream().map(s -> s.result().report()).toList();
    }
}
