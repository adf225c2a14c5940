package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.evaluate.Evaluation;
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
 */
public record EvaluationRecord(String dataset, String datasetSha256, int samples, String metric, double value,
                               Map<String, Double> details) {

    public EvaluationRecord {
        Objects.requireNonNull(dataset);
        Objects.requireNonNull(metric);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** @return the record of {@code evaluation}, with the digest of its data set's file when it is one */
    public static EvaluationRecord of(Evaluation evaluation) {
        return new EvaluationRecord(evaluation.dataset(), Digests.ofDataset(evaluation.dataset()), evaluation.samples(),
                evaluation.metric(), evaluation.value(), evaluation.details());
    }

    /** @return the evaluation this records */
    public Evaluation evaluation() {
        return new Evaluation(dataset, samples, metric, value, details);
    }
}
