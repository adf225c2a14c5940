package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.pass.PipelineResult;

/**
 * One compression experiment, done: the pipeline's steps with their reports, and the new model measured.
 *
 * @param pipeline every step's result (its full spec replays it)
 * @param measured the new model with its profile and score
 * @param summary  its figures, for tables and charts
 */
public record CompressionRun(PipelineResult pipeline, MeasuredModel measured, ExperimentSummary summary) {
}
