package io.tensorscope.profiler.auto;

import java.util.List;

/**
 * What the automatic search found.
 *
 * @param best       the fastest candidate within the budget, or null when none was
 * @param candidates every candidate tried, in order
 * @param stopped    why the search ended: {@code done}, {@code time budget} or {@code cancelled}
 */
public record AutoResult(AutoCandidate best, List<AutoCandidate> candidates, String stopped) {

    public AutoResult {
        candidates = List.copyOf(candidates);
    }
}
