package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.Quantities;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.report.PassReportText;
import io.tensorscope.profiler.stats.Percentiles;
import io.tensorscope.profiler.timing.PairedLatency;

import java.util.Locale;

/** The Compress tab's wording and number formats: sizes, latencies, scores, deltas and the pass report's line. */
public final class CompressText {

    /** Shown where a figure does not apply (e.g. fidelity of an image model). */
    public static final String NONE = "—";

    private CompressText() {
    }

    /** @return e.g. {@code top-1 accuracy 99.00 %} */
    public static String metric(ExperimentSummary s) {
        return s.metric() + " " + percent(s.metricValue());
    }

    /** @return e.g. {@code 99.00 %} */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? NONE : String.format(Locale.ROOT, "%.2f %%", 100 * fraction);
    }

    /** @return e.g. {@code median 0.41 ms (p10 0.39, p90 0.47)}, or {@code median 0.41 ms} when no spread was kept */
    public static String latency(ExperimentSummary s) {
        return latency(s.latencyMillis());
    }

    /** @return e.g. {@code median 0.41 ms (p10 0.39, p90 0.47)}, or {@code median 0.41 ms} without a spread */
    public static String latency(Percentiles ms) {
        if (ms.p10() == ms.p90()) {
            return "median " + millis(ms.median()) + " ms";
        }
        return String.format(Locale.ROOT, "median %s ms (p10 %s, p90 %s)", millis(ms.median()), millis(ms.p10()),
                millis(ms.p90()));
    }

    /** @return milliseconds with three significant digits, e.g. {@code 0.412}, {@code 31.2} */
    public static String millis(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : ms >= 10 ? String.format(Locale.ROOT, "%.1f", ms)
                : ms >= 1 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%.3f", ms);
    }

    /** @return e.g. {@code 1.2 MiB · 26 %} of the original's size */
    public static String size(ExperimentSummary s, ExperimentSummary original) {
        String bytes = Quantities.bytes(s.sizeBytes());
        return original == null || s == original ? bytes
                : bytes + String.format(Locale.ROOT, " · %.0f %%", 100 * s.sizeFractionOf(original));
    }

    /**
     * @return e.g. {@code 0.412 ms · 1.94× faster (1.80–2.05×)}: the median, and the speed-up of the original
     * and this timed in turn (per-pair ratios, p10–p90 in brackets); the median alone for the original and for a row never timed beside it
     */
    public static String latencyCell(CompressExperiment e) {
        String ms = millis(e.summary().latencyMillis().median()) + " ms";
        return e.inTurn() == null ? ms : ms + " · " + speedUp(e.inTurn().speedUp());
    }

    /** @return e.g. {@code 1.94× faster (1.80–2.05×)} or {@code 1.31× slower}, with the p10–p90 spread when there is one */
    static String speedUp(Percentiles ratio) {
        boolean faster = ratio.median() >= 1;
        String head = faster ? String.format(Locale.ROOT, "%.2f× faster", ratio.median())
                : String.format(Locale.ROOT, "%.2f× slower", 1 / ratio.median());
        if (ratio.p10() == ratio.p90()) {
            return head;
        }
        double low = faster ? ratio.p10() : 1 / ratio.p90();
        double high = faster ? ratio.p90() : 1 / ratio.p10();
        return head + String.format(Locale.ROOT, " (%.2f–%.2f×)", low, high);
    }

    /**
     * @return how the speed-up was measured, e.g. {@code speed-up 1.94× faster (…), timed in turn with the original,
     * 20 pairs: original median 1.50 ms (p10 1.41, p90 1.62), this median 0.77 ms (p10 0.74, p90 0.81)}; for one
     * pair of medians, that; for a row never timed beside the original, that no speed-up is shown; blank for the
     * original
     */
    public static String speedUpBasis(CompressExperiment e) {
        PairedLatency pair = e.inTurn();
        if (e.isOriginal()) {
            return "";
        }
        if (pair == null) {
            return "not timed in turn with the original: no speed-up shown";
        }
        String how = pair.pairs() == 1 ? "median timed right after the original's" : "timed in turn with the original, "
                + pair.pairs() + " pairs";
        return "speed-up " + speedUp(pair.speedUp()) + ", " + how + ": original " + latency(pair.baselineMillis())
                + ", this " + latency(pair.variantMillis());
    }

    /** @return e.g. {@code −0.07 pt} (score minus the original's, percentage points), blank for the original */
    public static String delta(ExperimentSummary s, ExperimentSummary original) {
        if (original == null || s == original) {
            return "";
        }
        double points = s.metricDeltaPoints(original);
        return Double.isNaN(points) ? "other samples" : String.format(Locale.ROOT, "%+.2f pt", points).replace('-', '−');
    }

    /** @return e.g. {@code 0.9981 (worst 0.9710)}: cosine to the original's embeddings, or {@value #NONE} */
    public static String fidelity(ExperimentSummary s) {
        if (s.fidelity().isEmpty()) {
            return NONE;
        }
        return s.worstFidelity().isPresent()
                ? String.format(Locale.ROOT, "%.4f (worst %.4f)", s.fidelity().getAsDouble(), s.worstFidelity().getAsDouble())
                : String.format(Locale.ROOT, "%.4f", s.fidelity().getAsDouble());
    }

    /** @return e.g. {@code static-int8: 4 nodes changed, 0 kept by the exclusion list; 22 added, 0 removed · 1.2 MiB → 320 KiB (25.4 %)} */
    public static String reportLine(PassReport report) {
        return String.format(Locale.ROOT, "%s · %s → %s (%.1f %% of the original)", PassReportText.summary(report),
                Quantities.bytes(report.bytesBefore()), Quantities.bytes(report.bytesAfter()), 100 * report.sizeRatio());
    }
}
