package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.quantize.PassReport;
import io.tensorscope.engine.quantize.QuantizationSettings;

/**
 * One compression experiment, done: the settings, the pass's report, and the new model measured.
 *
 * @param settings the pass and its options
 * @param report   what the pass did (every quantized tensor's scales and zero points, notes)
 * @param measured the new model with its profile and score
 * @param summary  its figures, for tables and charts
 */
public record CompressionRun(QuantizationSettings settings, PassReport report, MeasuredModel measured,
                             ExperimentSummary summary) {
}
