package io.tensorscope.app.workbench.compress;

import io.tensorscope.profiler.auto.AutoCandidate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How the latest automatic search judged its candidates as they came in: which are over the accuracy budget, and the
 * best so far — the one within it with the highest speed-up over the original timed again right after it, as the
 * search ranks them and the command line writes them (a candidate's own median alone drifts with the machine's load),
 * among those trusted (a candidate flagged for low fidelity is never the best).
 *
 * @param budgetPoints the search's accuracy budget, percentage points; NaN before any search
 * @param candidates   each candidate's row with what the search measured, in the order measured
 * @param best         the best row within the budget so far, or null
 */
public record AutoVerdicts(double budgetPoints, Map<CompressExperiment, AutoCandidate> candidates,
                           CompressExperiment best) {

    /** Before any search (or after the model changed). */
    public static final AutoVerdicts NONE = new AutoVerdicts(Double.NaN, Map.of(), null);

    public AutoVerdicts {
        candidates = Collections.unmodifiableMap(new LinkedHashMap<>(candidates));
    }

    /** @return the verdicts of a search within {@code budgetPoints} that has found nothing yet */
    static AutoVerdicts started(double budgetPoints) {
        return new AutoVerdicts(budgetPoints, Map.of(), null);
    }

    /**
     * @param trusted whether a row may be the best (its fidelity is not flagged)
     * @return these verdicts with {@code row}, the row of {@code candidate}, judged too
     */
    AutoVerdicts with(CompressExperiment row, AutoCandidate candidate, Predicate<CompressExperiment> trusted) {
        Map<CompressExperiment, AutoCandidate> more = new LinkedHashMap<>(candidates);
        more.put(row, candidate);
        return new AutoVerdicts(budgetPoints, more, null).rejudged(trusted);
    }

    /**
     * @param trusted whether a row may be the best (e.g. after the fidelity threshold changed)
     * @return the same candidates with the best chosen again: the highest speed-up within the budget among the
     * trusted, the first found on a tie
     */
    AutoVerdicts rejudged(Predicate<CompressExperiment> trusted) {
        CompressExperiment chosen = null;
        for (Map.Entry<CompressExperiment, AutoCandidate> e : candidates.entrySet()) {
            if (e.getValue().withinBudget() && trusted.test(e.getKey())
                    && (chosen == null || e.getValue().speedUp() > candidates.get(chosen).speedUp())) {
                chosen = e.getKey();
            }
        }
        return new AutoVerdicts(budgetPoints, candidates, chosen);
    }

    /** @return whether a search has started */
    public boolean searched() {
        return !Double.isNaN(budgetPoints);
    }

    /** @return whether {@code row} is the best candidate within the budget so far */
    public boolean isBest(CompressExperiment row) {
        return row != null && row == best;
    }

    /** @return whether {@code row} is a candidate whose score dropped by more than the budget */
    public boolean isOverBudget(CompressExperiment row) {
        AutoCandidate candidate = candidates.get(row);
        return candidate != null && !candidate.withinBudget();
    }
}
