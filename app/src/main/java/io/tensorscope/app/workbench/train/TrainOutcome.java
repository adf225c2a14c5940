package io.tensorscope.app.workbench.train;

import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.engine.train.TrainingResult;

/**
 * What a finished training run adds to the Compress tab.
 *
 * @param original the original's row when the run had to measure it (none was shown yet), else null
 * @param trained  the trained model, measured, a child of the model trained
 * @param result   the run's epochs and throughput
 */
record TrainOutcome(CompressExperiment original, CompressExperiment trained, TrainingResult result) {
}
