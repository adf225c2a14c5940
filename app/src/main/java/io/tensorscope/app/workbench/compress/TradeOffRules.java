package io.tensorscope.app.workbench.compress;

import io.tensorscope.profiler.experiment.ExperimentSummary;

import java.util.Locale;

/**
 * Which experiments the Pareto front (and the Auto search's "best") may weigh against each other: only those scored
 * like the original — the same metric on the same samples of the same data set — and, where embeddings are compared
 * (text models), faithful to the original's: a mean cosine at or above the fidelity threshold. Each rule says in
 * words why it keeps an experiment apart.
 */
final class TradeOffRules {

    private TradeOffRules() {
    }

    /**
     * @return why {@code s} is not compared with {@code original}, e.g. {@code scored on 1,000 samples of mnist, the
     * original on 10,000 of mnist: not compared, kept off the Pareto front}; null when it is (or there is no original)
     */
    static String otherSamples(ExperimentSummary s, ExperimentSummary original) {
        if (original == null || s.comparableWith(original)) {
            return null;
        }
        String metric = s.metric().equals(original.metric()) ? "" : " (" + s.metric() + " against " + original.metric() + ")";
        return String.format(Locale.ROOT, "scored on %,d samples of %s, the original on %,d of %s%s: not compared, kept "
                + "off the Pareto front", s.samples(), s.dataset(), original.samples(), original.dataset(), metric);
    }

    /** @return whether {@code s} has a fidelity figure and its mean cosine is below {@code threshold} */
    static boolean lowFidelity(ExperimentSummary s, double threshold) {
        return s.fidelity().isPresent() && s.fidelity().getAsDouble() < threshold;
    }

    /**
     * @return e.g. {@code low fidelity: mean cosine to the original 0.9512 (worst 0.8123), below the 0.98 threshold;
     * kept off the Pareto front, never the best}; null when its fidelity is not low
     */
    static String fidelityWarning(ExperimentSummary s, double threshold) {
        if (!lowFidelity(s, threshold)) {
            return null;
        }
        String worst = s.worstFidelity().isPresent()
                ? String.format(Locale.ROOT, " (worst %.4f)", s.worstFidelity().getAsDouble()) : "";
        return String.format(Locale.ROOT, "low fidelity: mean cosine to the original %.4f%s, below the %s threshold; "
                + "kept off the Pareto front, never the best", s.fidelity().getAsDouble(), worst, threshold(threshold));
    }

    /** @return e.g. {@code 0.98}, as few digits as the threshold needs */
    static String threshold(double threshold) {
        return java.math.BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString();
    }
}
