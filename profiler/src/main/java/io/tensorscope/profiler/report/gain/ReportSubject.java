package io.tensorscope.profiler.report.gain;

import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import io.tensorscope.profiler.timing.PairedLatency;
import java.util.List;
import java.util.Objects;

/**
 * One model to report on: its experiment (timed and scored), what was measured per layer, and how it timed in turn
 * with the baseline.
 *
 * @param record   the experiment, with latency and evaluation
 * @param detail   its per-layer and per-kernel measurements; null when not kept (no layer table, no roofline)
 * @param inTurn   its timing in turn with the baseline; null for the baseline, or when measured apart
 * @param ancestry the experiments it was made from, the first recorded model first, its parent last; empty for an
 *                 original or a model not recorded
 */
public record ReportSubject(ExperimentRecord record, MeasuredDetail detail, PairedLatency inTurn,
                            List<ExperimentRecord> ancestry) {

    public ReportSubject {
        Objects.requireNonNull(record);
        if (record.latency() == null || record.evaluation() == null) {
            throw new IllegalArgumentException("experiment " + record.name() + " was not timed and scored");
        }
        ancestry = List.copyOf(ancestry);
    }
}
