package io.tensorscope.profiler.auto;

import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One allocation tried by the automatic search, measured.
 *
 * @param number       1 for the first candidate tried
 * @param sparsity     layer name → fraction of its channels removed, in graph order (layers left alone are absent)
 * @param keptFloat    nodes the quantization step leaves in float (mixed precision), most sensitive first; empty when
 *                     every node it can quantize is quantized, or when there is no quantization step
 * @param spec         the pipeline that makes it from the original (replayable)
 * @param model        the candidate model
 * @param metricValue  its score, 0..1 for accuracies
 * @param deltaPoints  score minus the original's, percentage points
 * @param latencyMs    median latency, ms (1 thread)
 * @param speedUp      the original's median latency, timed right after it, over its own
 * @param withinBudget whether the score drop is within the budget
 * @param rejection    why the search did not build on it ({@code over budget}, or slower than its parent with both
 *                     latencies, timed again in turn), or null when it became the allocation the search goes on from
 * @param record       its experiment record, made from the original's (the original's own when nothing was changed)
 */
public record AutoCandidate(int number, Map<String, Double> sparsity, List<String> keptFloat, PipelineSpec spec,
                            Model model, double metricValue, double deltaPoints, double latencyMs, double speedUp,
                            boolean withinBudget, String rejection, ExperimentRecord record) {

    public AutoCandidate {
        sparsity = Collections.unmodifiableMap(new LinkedHashMap<>(sparsity));
        keptFloat = List.copyOf(keptFloat);
    }

    /** @return whether the search went on from this candidate (within the budget and not slower than its parent) */
    public boolean accepted() {
        return rejection == null;
    }
}
