package io.tensorscope.app.workbench.compress;

import io.tensorscope.profiler.auto.AutoCandidate;

import java.util.Locale;
import java.util.stream.Collectors;

/** The wording of the Compress tab's automatic search: candidates' names and settings, verdicts, the outcome. */
final class AutoText {

    private AutoText() {
    }

    /** @return e.g. {@code auto #3}, numbered as the search (and the command line) numbers candidates */
    static String name(AutoCandidate candidate) {
        return "auto #" + candidate.number();
    }

    /**
     * @param then the short name of the steps run after the pruning, or empty
     * @return e.g. {@code auto search: conv2d_2 50 %, dense_1 25 % of channels pruned, then dynamic int8}
     */
    static String settings(AutoCandidate candidate, String then) {
        String pruned = candidate.sparsity().isEmpty() ? "nothing pruned" : candidate.sparsity().entrySet().stream()
                .map(e -> e.getKey() + " " + Math.round(100 * e.getValue()) + " %")
                .collect(Collectors.joining(", ")) + " of channels pruned";
        return "auto search: " + pruned + (then.isEmpty() ? "" : ", then " + then);
    }

    /** @return e.g. {@code 0.50 pt}: an accuracy budget */
    static String budget(double points) {
        return String.format(Locale.ROOT, "%.2f pt", points);
    }

    /** @return how the search judged {@code row}, one line, or empty for a row it did not make */
    static String verdict(AutoVerdicts verdicts, CompressExperiment row) {
        if (verdicts.isBest(row)) {
            return "best so far: the fastest within the " + budget(verdicts.budgetPoints()) + " accuracy budget";
        }
        if (verdicts.isOverBudget(row)) {
            return "over the " + budget(verdicts.budgetPoints()) + " accuracy budget";
        }
        return verdicts.candidates().containsKey(row) ? "within the " + budget(verdicts.budgetPoints())
                + " accuracy budget" : "";
    }

    /**
     * @param stopped  why the search ended, as the search says ({@code done}, {@code time budget}, {@code cancelled})
     * @param original the original's row
     * @return e.g. {@code Auto search (done): 5 candidates; best auto #4: 0.162 ms · 1.52× faster, −0.10 pt}
     */
    static String outcome(String stopped, AutoVerdicts verdicts, CompressExperiment original) {
        String head = "Auto search (" + stopped + "): " + verdicts.candidates().size() + " candidates";
        if (verdicts.best() == null) {
            return head + (verdicts.candidates().isEmpty() ? "" : "; none within " + budget(verdicts.budgetPoints()));
        }
        CompressExperiment best = verdicts.best();
        return head + "; best " + best.name() + ": " + CompressText.latencyCell(best) + ", "
                + CompressText.delta(best.summary(), original.summary());
    }
}
