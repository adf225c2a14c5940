package io.tensorscope.app.workbench.sensitivity;

import io.tensorscope.app.workbench.shared.LevelsText;
import io.tensorscope.profiler.sensitivity.SensitivityPoint;
import io.tensorscope.profiler.sensitivity.SensitivityResult;

import java.util.Locale;

/** How the Sensitivity tab writes its numbers: score changes in points (with a real minus sign) and speed-ups. */
public final class SensitivityText {

    private SensitivityText() {
    }

    /** @return a cell's text, e.g. {@code −2.30 pt · 3.9×} */
    public static String cell(SensitivityPoint point) {
        return delta(point.deltaPoints()) + " · " + String.format(Locale.ROOT, "%.1f×", point.speedUp());
    }

    /** @return a score change in percentage points, e.g. {@code −2.30 pt} or {@code +0.10 pt} */
    public static String delta(double points) {
        String text = String.format(Locale.ROOT, "%+.2f pt", points);
        return text.replace('-', '−');
    }

    /** @return a column header: {@code sparsity 0.25}, or {@code alone} for a pass without levels */
    public static String level(double level) {
        return Double.isNaN(level) ? "alone" : String.format(Locale.ROOT, "%s %s", LevelsText.LEVEL, trim(level));
    }

    /** @return the hover text of a cell: layer, level, metric, delta, latency and speed-up, one per line */
    public static String tooltip(SensitivityResult result, SensitivityPoint point) {
        return String.format(Locale.ROOT, "%s · %s%n%s %.2f %% (original %.2f %%)%nΔ %s%nlatency %.3f ms (1 thread)%n"
                        + "speed-up %.2f× over the original", point.layer(), level(point.level()),
                result.original().metric(), point.metricValue() * 100, result.original().metricValue() * 100,
                delta(point.deltaPoints()), point.latencyMs(), point.speedUp());
    }

    private static String trim(double level) {
        String text = String.format(Locale.ROOT, "%.4f", level);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
