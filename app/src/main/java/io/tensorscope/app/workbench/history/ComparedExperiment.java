package io.tensorscope.app.workbench.history;

import io.tensorscope.profiler.experiment.ExperimentRow;
import java.util.Comparator;
import java.util.List;

/**
 * One selected experiment beside the baseline (the oldest selected), from the stored figures: separate measurements,
 * so the speed-up is a ratio of medians, not an in-turn timing.
 *
 * @param row          the experiment
 * @param speedUp      baseline median / this median; NaN when either was not timed
 * @param sizeFraction this size / the baseline's
 * @param deltaPoints  score change in percentage points; NaN when not scored on the same metric
 */
public record ComparedExperiment(ExperimentRow row, double speedUp, double sizeFraction, double deltaPoints) {

    /** @return the experiments oldest first, each beside the oldest */
    static List<ComparedExperiment> of(List<ExperimentRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<ExperimentRow> sorted = rows.stream().sorted(Comparator.comparing(ExperimentRow::createdAt)).toList();
        ExperimentRow base = sorted.get(0);
        return sorted.stream().map(r -> new ComparedExperiment(r,
                base.latencyMedianMs() == null || r.latencyMedianMs() == null ? Double.NaN
                        : base.latencyMedianMs() / r.latencyMedianMs(),
                base.modelSizeBytes() == 0 ? Double.NaN : (double) r.modelSizeBytes() / base.modelSizeBytes(),
                base.metricValue() == null || r.metricValue() == null || !base.metric().equals(r.metric()) ? Double.NaN
                        : 100 * (r.metricValue() - base.metricValue()))).toList();
    }
}
