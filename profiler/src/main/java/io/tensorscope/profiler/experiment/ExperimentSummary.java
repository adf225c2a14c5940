package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.profiler.stats.Percentiles;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One variant of a model as measured: what it is, its size, its latency and its score on a data set.
 *
 * @param name          short name, e.g. {@code original} or {@code static int8}
 * @param settings      how it was made, e.g. {@code static int8, per-channel, MINMAX on mnist (200 samples)}, or
 *                      {@value #ORIGINAL}
 * @param sizeBytes     serialized model size, bytes
 * @param latencyMillis end-to-end latency of one inference, ms (median, p10, p90)
 * @param dataset       the data set it was scored on (id or path)
 * @param samples       samples scored
 * @param metric        what {@code metricValue} is, e.g. {@code top-1 accuracy}
 * @param metricValue   the score, 0..1 for accuracies
 * @param details       further figures of the evaluation by name (e.g. {@code mean_cosine_to_reference})
 */
public record ExperimentSummary(String name, String settings, long sizeBytes, Percentiles latencyMillis,
                                String dataset, int samples, String metric, double metricValue,
                                Map<String, Double> details) {

    /** The settings text of the unmodified model. */
    public static final String ORIGINAL = "original";

    /** Evaluation detail holding the mean cosine similarity of embeddings to the reference model's. */
    public static final String MEAN_COSINE = "mean_cosine_to_reference";

    /** Evaluation detail holding the worst cosine similarity of embeddings to the reference model's. */
    public static final String WORST_COSINE = "worst_cosine_to_reference";

    public ExperimentSummary {
        Objects.requireNonNull(name);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(latencyMillis);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * @return the summary of a variant named {@code name}, made with {@code settings}, of {@code sizeBytes}, with the
     * latency of {@code latencyMillis} and the score of {@code evaluation}
     */
    public static ExperimentSummary of(String name, String settings, long sizeBytes, Percentiles latencyMillis,
                                       Evaluation evaluation) {
        return new ExperimentSummary(name, settings, sizeBytes, latencyMillis, evaluation.dataset(),
                evaluation.samples(), evaluation.metric(), evaluation.value(), evaluation.details());
    }

    /** @return whether this is the unmodified model */
    public boolean isOriginal() {
        return ORIGINAL.equals(settings);
    }

    /** @return whether its score and {@code other}'s come from the same metric on the same samples */
    public boolean comparableWith(ExperimentSummary other) {
        return metric.equals(other.metric) && dataset.equals(other.dataset) && samples == other.samples;
    }

    /** @return this size as a fraction of {@code baseline}'s (0.25 = a quarter) */
    public double sizeFractionOf(ExperimentSummary baseline) {
        return baseline.sizeBytes == 0 ? Double.NaN : (double) sizeBytes / baseline.sizeBytes;
    }

    /** @return how many times faster than {@code baseline} the median latency is (2 = twice as fast) */
    public double speedUpOver(ExperimentSummary baseline) {
        return baseline.latencyMillis.median() / latencyMillis.median();
    }

    /**
     * @return the score minus {@code baseline}'s in percentage points (−0.07 = 0.07 points worse), or NaN when the
     * two are not {@linkplain #comparableWith comparable}
     */
    public double metricDeltaPoints(ExperimentSummary baseline) {
        return comparableWith(baseline) ? 100 * (metricValue - baseline.metricValue) : Double.NaN;
    }

    /** @return the mean cosine similarity of its embeddings to the reference model's, when evaluated on texts */
    public OptionalDouble fidelity() {
        Double mean = details.get(MEAN_COSINE);
        return mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean);
    }

    /** @return the worst cosine similarity of its embeddings to the reference model's, when evaluated on texts */
    public OptionalDouble worstFidelity() {
        Double worst = details.get(WORST_COSINE);
        return worst == null ? OptionalDouble.empty() : OptionalDouble.of(worst);
    }
}
