package io.tensorscope.profiler.report.gain;

import java.util.List;

/**
 * One model's figures in a report, against the baseline (the baseline's own deltas are 0 and its speed-up 1).
 *
 * @param name          display name
 * @param experimentId  the experiment it is, or null when it was not recorded
 * @param baseline      whether this is the baseline
 * @param sizeBytes     serialized size, bytes
 * @param sizeFraction  size / baseline size
 * @param latency       end-to-end latency, ms
 * @param speedUp       speed-up over the baseline
 * @param accuracy      its score and the change from the baseline's
 * @param meanFidelity  mean cosine of its outputs to the baseline's (embedding models); NaN when not measured
 * @param worstFidelity worst cosine of its outputs to the baseline's; NaN when not measured
 * @param paretoLatency whether no other model is both faster and more accurate
 * @param paretoSize    whether no other model is both smaller and more accurate
 * @param perClass      per-class accuracy against the baseline's, by class; empty when outcomes were not kept
 */
public record ModelResult(String name, String experimentId, boolean baseline, long sizeBytes, double sizeFraction,
                          Latency latency, SpeedUp speedUp, Accuracy accuracy, double meanFidelity, double worstFidelity,
                          boolean paretoLatency, boolean paretoSize, List<ClassDelta> perClass) {

    public ModelResult {
        perClass = List.copyOf(perClass);
    }

    /**
     * @param runs     timed runs
     * @param medianMs median, ms
     * @param p10Ms    10th percentile, ms
     * @param p90Ms    90th percentile, ms
     */
    public record Latency(int runs, double medianMs, double p10Ms, double p90Ms) {
    }

    /**
     * @param median the speed-up (×); the median of per-pair ratios when timed in turn, else the ratio of medians
     * @param p10    10th percentile of the per-pair ratios; NaN when not timed in turn
     * @param p90    90th percentile of the per-pair ratios; NaN when not timed in turn
     * @param pairs  in-turn pairs timed with the baseline; 0 when the ratio comes from separate measurements
     */
    public record SpeedUp(double median, double p10, double p90, int pairs) {

        /** @return whether the figure comes from timing in turn with the baseline */
        public boolean inTurn() {
            return pairs > 0;
        }
    }

    /**
     * @param metric      what {@code value} is, e.g. {@code top-1 accuracy}
     * @param dataset     the data set (id or path)
     * @param samples     samples scored
     * @param value       the score, 0..1 for accuracies
     * @param ci95Low     lower end of its 95 % bootstrap interval; NaN without per-sample outcomes
     * @param ci95High    upper end; NaN without per-sample outcomes
     * @param deltaPoints value − baseline value, percentage points; NaN when not comparable (other data or metric)
     * @param deltaLow    lower end of the paired 95 % interval of the delta, points; NaN without paired outcomes
     * @param deltaHigh   upper end, points; NaN without paired outcomes
     */
    public record Accuracy(String metric, String dataset, int samples, double value, double ci95Low, double ci95High,
                           double deltaPoints, double deltaLow, double deltaHigh) {
    }

    /**
     * @param className        the class
     * @param samples          samples labelled with it
     * @param baselineAccuracy the baseline's accuracy on them, 0..1
     * @param accuracy         this model's accuracy on them, 0..1
     */
    public record ClassDelta(String className, int samples, double baselineAccuracy, double accuracy) {

        /** @return accuracy − baseline accuracy, percentage points */
        public double deltaPoints() {
            return 100 * (accuracy - baselineAccuracy);
        }
    }
}
