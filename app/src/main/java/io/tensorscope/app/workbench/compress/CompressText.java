package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.Quantities;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.report.PassReportText;

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
        if (s.latencyMillis().p10() == s.latencyMillis().p90()) {
            return "median " + millis(s.latencyMillis().median()) + " ms";
        }
        return String.format(Locale.ROOT, "median %s ms (p10 %s, p90 %s)", millis(s.latencyMillis().median()),
                millis(s.latencyMillis().p10()), millis(s.latencyMillis().p90()));
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

    /** @return e.g. {@code 0.412 ms · 2.4× faster} or {@code 1.31 ms · 1.3× slower} than the original */
    public static String latencyCell(ExperimentSummary s, ExperimentSummary original) {
        String ms = millis(s.latencyMillis().median()) + " ms";
        if (original == null || s == original) {
            return ms;
        }
        double speedUp = s.speedUpOver(original);
        return speedUp >= 1 ? String.format(Locale.ROOT, "%s · %.2f× faster", ms, speedUp)
                : String.format(Locale.ROOT, "%s · %.2f× slower", ms, 1 / speedUp);
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
