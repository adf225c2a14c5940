package io.tensorscope.profiler.report;

import io.tensorscope.engine.quantize.QuantParams;
import io.tensorscope.engine.quantize.TensorQuantization;
import java.util.IntSummaryStatistics;
import java.util.Locale;

/** How a quantized tensor's scale, zero point and range read, in the CLI report and the workbench alike. */
public final class TensorQuantizationText {

    /** Shown for activations quantized at run time. */
    public static final String AT_RUN_TIME = "at run time";

    private TensorQuantizationText() {
    }

    /** @return one scale, or {@code min..max} over the channels, or {@value #AT_RUN_TIME} */
    public static String scale(TensorQuantization t) {
        if (t.params().isEmpty()) {
            return AT_RUN_TIME;
        }
        if (!t.perChannel()) {
            return String.format(Locale.ROOT, "%.4g", t.params().get(0).scale());
        }
        double min = t.params().stream().mapToDouble(QuantParams::scale).min().orElse(0);
        double max = t.params().stream().mapToDouble(QuantParams::scale).max().orElse(0);
        return String.format(Locale.ROOT, "%.2g..%.2g", min, max);
    }

    /** @return one zero point, or {@code min..max} over the channels (one value when all agree), or {@value #AT_RUN_TIME} */
    public static String zeroPoint(TensorQuantization t) {
        if (t.params().isEmpty()) {
            return AT_RUN_TIME;
        }
        IntSummaryStatistics zeros = t.params().stream().mapToInt(QuantParams::zeroPoint).summaryStatistics();
        return zeros.getMin() == zeros.getMax() ? Integer.toString(zeros.getMin()) : zeros.getMin() + ".." + zeros.getMax();
    }

    /** @return e.g. {@code [-1.23, 5.68]}, or {@code per batch} for dynamic activations */
    public static String range(TensorQuantization t) {
        return Float.isNaN(t.rangeMin()) ? "per batch" : String.format(Locale.ROOT, "[%.3g, %.3g]", t.rangeMin(), t.rangeMax());
    }
}
