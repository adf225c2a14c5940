package io.tensorscope.profiler.auto;

import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PipelineSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One allocation tried by the automatic search, measured.
 *
 * @param number       1 for the first candidate tried
 * @param sparsity     layer name → fraction of its channels removed, in graph order (layers left alone are absent)
 * @param spec         the pipeline that makes it from the original (replayable)
 * @param model        the candidate model
 * @param metricValue  its score, 0..1 for accuracies
 * @param deltaPoints  score minus the original's, percentage points
 * @param latencyMs    median latency, ms (1 thread)
 * @param speedUp      the original's median latency, timed right after it, over its own
 * @param withinBudget whether the score drop is within the budget
 */
public record AutoCandidate(int number, Map<String, Double> sparsity, PipelineSpec spec, Model model,
                            double metricValue, double deltaPoints, double latencyMs, double speedUp,
                            boolean withinBudget) {

    public AutoCandidate {
        sparsity = Collections.unmodifiableMap(new LinkedHashMap<>(sparsity));
    }
}
