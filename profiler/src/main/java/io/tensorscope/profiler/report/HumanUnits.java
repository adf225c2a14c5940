package io.tensorscope.profiler.report;

import java.util.Locale;

/** Formats counts, FLOPs and bytes for people: three significant digits and a unit prefix. */
public final class HumanUnits {

    private static final String[] DECIMAL = {"", "k", "M", "G", "T", "P"};
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB"};

    private HumanUnits() {
    }

    /** @return e.g. {@code 22.7 M} for 22,713,216; small numbers print as they are */
    public static String count(long value) {
        if (Math.abs(value) < 1000) {
            return Long.toString(value);
        }
        double v = value;
        int unit = 0;
        while (Math.abs(v) >= 1000 && unit < DECIMAL.length - 1) {
            v /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : v >= 10 ? "%.1f %s" : "%.2f %s", v, DECIMAL[unit]);
    }

    /** @return e.g. {@code 2.87 GFLOP} */
    public static String flops(long flops) {
        String c = count(flops);
        return c.matches("-?\\d+") ? c + " FLOP" : c + "FLOP";
    }

    /** @return e.g. {@code 86.2 MiB} (powers of 1024) */
    public static String bytes(long bytes) {
        double v = bytes;
        int unit = 0;
        while (Math.abs(v) >= 1024 && unit < BINARY.length - 1) {
            v /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, BINARY[unit]);
    }

    /** @return FLOPs per byte with two decimals, or {@code unknown} for NaN */
    public static String intensity(double flopsPerByte) {
        return Double.isNaN(flopsPerByte) ? "unknown" : String.format(Locale.ROOT, "%.2f", flopsPerByte);
    }
}
