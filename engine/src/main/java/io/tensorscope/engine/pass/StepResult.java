package io.tensorscope.engine.pass;

/**
 * One step of a pipeline, done.
 *
 * @param step   the step with every option written out (defaults included), so it replays exactly
 * @param result its model and report
 */
public record StepResult(PipelineStep step, PassResult result) {
}
