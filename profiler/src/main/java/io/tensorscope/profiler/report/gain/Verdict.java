package io.tensorscope.profiler.report.gain;

import java.util.List;

/**
 * Whether a candidate meets the budget, and why in words a manager reads.
 *
 * @param candidate the candidate's name
 * @param meets     whether every figure is within the budget
 * @param reasons   one sentence per figure: what it is and how it stands against the budget (the misses first)
 */
public record Verdict(String candidate, boolean meets, List<String> reasons) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
