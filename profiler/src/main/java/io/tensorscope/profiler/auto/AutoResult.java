package io.tensorscope.profiler.auto;

import io.tensorscope.profiler.experiment.ExperimentRecord;
import java.util.List;

/**
 * What the automatic search found.
 *
 * @param best       the fastest candidate within the budget, or null when none was
 * @param candidates every candidate tried, in order
 * @param stopped    why the search ended: {@code done}, {@code time budget} or {@code cancelled}
 * @param original   the original's experiment record, the parent of every candidate's
 */
public record AutoResult(AutoCandidate best, List<AutoCandidate> candidates, String stopped,
                         ExperimentRecord original) {

    public AutoResult {
        candidates = List.copyOf(candidates);
    }
}
