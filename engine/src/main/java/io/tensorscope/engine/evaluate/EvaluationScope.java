package io.tensorscope.engine.evaluate;

import java.util.Map;
import java.util.Objects;

/**
 * What an evaluation scores, known before it runs: the figures of an {@link Evaluation} other than the score, so a
 * score measured elsewhere (e.g. by an automatic search) can be recorded as that evaluation would have been.
 *
 * @param dataset id or path of the data set
 * @param samples samples scored
 * @param metric  what the score is, e.g. {@code top-1 accuracy}
 */
public record EvaluationScope(String dataset, int samples, String metric) {

    public EvaluationScope {
        Objects.requireNonNull(dataset);
        Objects.requireNonNull(metric);
    }

    /** @return the evaluation of this scope that scored {@code value}, with no further figures */
    public Evaluation scored(double value) {
        return new Evaluation(dataset, samples, metric, value, Map.of());
    }
}
