package io.tensorscope.app.workbench.shared;

import io.tensorscope.profiler.report.HumanUnits;
import java.util.Locale;

/** Formats counts, FLOPs and bytes for the workbench (the CLI's {@link HumanUnits}, plus null-aware forms); unknown values print as {@value #UNKNOWN}, never 0. */
public final class Quantities {

    /** Text shown for a value that could not be computed. */
    public static final String UNKNOWN = "unknown";

    private Quantities() {
    }

    /** @return e.g. {@code 37,748,736}, or {@value #UNKNOWN} for null */
    public static String grouped(Long count) {
        return count == null ? UNKNOWN : String.format(Locale.ROOT, "%,d", count);
    }

    /**
     * @return a count that fits a narrow table cell: three significant digits and a decimal prefix, e.g. {@code 21.3 M}
     * for 21,270,528 and {@code 151 k} for 150,528; below 1,000 the value as it is; {@value #UNKNOWN} for null
     */
    public static String compact(Long count) {
        return count == null ? UNKNOWN : HumanUnits.count(count);
    }

    /** @return e.g. {@code 4.6 MiB} (powers of 1024), or {@value #UNKNOWN} for null */
    public static String compactBytes(Long bytes) {
        return bytes == null ? UNKNOWN : HumanUnits.bytes(bytes);
    }

    /** @return e.g. {@code 2.89 GFLOP} (see {@link HumanUnits#flops}) */
    public static String flops(long flops) {
        return HumanUnits.flops(flops);
    }

    /** @return e.g. {@code 22.6 M} for a parameter count */
    public static String count(long count) {
        return HumanUnits.count(count);
    }

    /** @return e.g. {@code 86.2 MiB} */
    public static String bytes(long bytes) {
        return HumanUnits.bytes(bytes);
    }

    /** @return FLOPs per byte with two decimals, or {@value #UNKNOWN} for null or NaN */
    public static String intensity(Double flopsPerByte) {
        return flopsPerByte == null || flopsPerByte.isNaN() ? UNKNOWN
                : String.format(Locale.ROOT, "%.2f", flopsPerByte);
    }
}
