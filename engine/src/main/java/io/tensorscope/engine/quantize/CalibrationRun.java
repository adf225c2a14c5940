package io.tensorscope.engine.quantize;

import io.tensorscope.engine.runtime.Runners;

/**
 * What calibration runs: the input batches, how many there are, and the runtime to run the model on.
 *
 * @param batches the batches, made on demand
 * @param count   number of batches, ≥ 1
 * @param runners opens the model with the tensors to calibrate exposed
 */
public record CalibrationRun(Calibrator.Batches batches, int count, Runners runners) {
}
