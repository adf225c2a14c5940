package io.tensorscope.profiler.auto;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The bookkeeping of one automatic search: numbers and measures candidates, tells the listener of each, keeps the
 * fastest within the budget, and knows when and why the search must stop (time budget, cancel).
 */
final class Search {

    private final CandidateMeter meter;
    private final Consumer<AutoCandidate> onCandidate;
    private final ProgressListener progress;
    private final LongSupplier clock;
    private final long deadline;
    private final List<AutoCandidate> candidates = new ArrayList<>();
    private AutoCandidate best;
    private String stopped;

    Search(CandidateMeter meter, Consumer<AutoCandidate> onCandidate, ProgressListener progress, LongSupplier clock,
           long deadline) {
        this.meter = meter;
        this.onCandidate = onCandidate;
        this.progress = progress;
        this.clock = clock;
        this.deadline = deadline;
    }

    /**
     * Measures the next candidate unless the search must stop (the first candidate is always measured).
     *
     * @param what said in the progress line
     * @return the candidate, or null when the search stopped instead ({@link #stopped()} says why)
     */
    AutoCandidate measure(Allocation allocation, AutoCandidate parent, String what) throws TensorscopeException {
        if (!candidates.isEmpty() && stopped() != null) {
            return null;
        }
        progress.onProgress(0.45 + 0.55 * candidates.size() / (candidates.size() + 4.0),
                "candidate " + (candidates.size() + 1) + ": " + what);
        AutoCandidate candidate;
        try {
            candidate = meter.measure(candidates.size() + 1, allocation, parent);
        } catch (TensorscopeException e) {
            endIfCancelled(e);
            return null;
        }
        candidates.add(candidate);
        if (candidate.withinBudget() && (best == null || candidate.speedUp() > best.speedUp())) {
            best = candidate;
        }
        onCandidate.accept(candidate);
        return candidate;
    }

    /** @return why the search must stop now ({@code cancelled}, {@code time budget}), or null to go on */
    String stopped() {
        if (stopped == null && progress.isCancelled()) {
            stopped = "cancelled";
        } else if (stopped == null && clock.getAsLong() > deadline) {
            stopped = "time budget";
        }
        return stopped;
    }

    /** Ends the search on a cancel; rethrows anything else. */
    void endIfCancelled(TensorscopeException e) throws TensorscopeException {
        if (e.code() != ErrorCode.CANCELLED) {
            throw e;
        }
        stopped = "cancelled";
    }

    /** @return what was found, made from {@code original}; the progress says how it ended */
    AutoResult result(ExperimentRecord original) {
        String why = stopped == null ? "done" : stopped;
        progress.onProgress(1, "searched " + candidates.size() + " candidates (" + why + ")");
        return new AutoResult(best, candidates, why, original);
    }
}
