package io.tensorscope.engine.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of evaluating a model on a data set.
 *
 * @param dataset id or path of the data set
 * @param samples samples scored
 * @param metric  what {@code value} is, e.g. {@code top-1 accuracy}
 * @param value   the metric, 0..1 for accuracies
 * @param details  further figures by name (e.g. {@code mean_cosine_to_reference}), insertion-ordered
 * @param outcomes each sample's expected and given class, for classification metrics; null when not kept
 */
public record Evaluation(String dataset, int samples, String metric, double value, Map<String, Double> details,
                         SampleOutcomes outcomes) {

    public Evaluation {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** An evaluation that keeps no per-sample outcomes. */
    public Evaluation(String dataset, int samples, String metric, double value, Map<String, Double> details) {
        this(dataset, samples, metric, value, details, null);
    }
}
