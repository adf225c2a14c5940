package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.evaluate.SampleOutcomes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A model's score, as stored with an experiment.
 *
 * @param dataset       the data set's id or path
 * @param datasetSha256 SHA-256 of a user's data set file (a CSV, or a folder's {@code labels.csv}); null for bundled ids
 * @param samples       samples scored
 * @param metric        what {@code value} is, e.g. {@code top-1 accuracy}
 * @param value         the score, 0..1 for accuracies
 * @param details       further figures by name (e.g. {@code mean_cosine_to_reference})
 * @param outcomes      each sample's expected and given class, for classification metrics; null when not kept
 */
public record EvaluationRecord(String dataset, String datasetSha256, int samples, String metric, double value,
                               Map<String, Double> details, SampleOutcomes outcomes) {

    public EvaluationRecord {
        Objects.requireNonNull(dataset);
        Objects.requireNonNull(metric);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A record that keeps no per-sample outcomes. */
    public EvaluationRecord(String dataset, String datasetSha256, int samples, String metric, double value,
                            Map<String, Double> details) {
        this(dataset, datasetSha256, samples, metric, value, details, null);
    }

    /** @return the record of {@code evaluation}, with the digest of its data set's file when it is one */
    public static EvaluationRecord of(Evaluation evaluation) {
        return new EvaluationRecord(evaluation.dataset(), Digests.ofDataset(evaluation.dataset()), evaluation.samples(),
                evaluation.metric(), evaluation.value(), evaluation.details(), evaluation.outcomes());
    }

    /** @return the evaluation this records */
    public Evaluation evaluation() {
        return new Evaluation(dataset, samples, metric, value, details, outcomes);
    }
}
