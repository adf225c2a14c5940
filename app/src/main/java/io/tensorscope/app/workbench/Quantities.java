package io.tensorscope.app.workbench;

import java.util.Locale;

/** Formats counts, FLOPs and bytes for display; unknown values print as {@value #UNKNOWN}, never 0. */
public final class Quantities {

    /** Text shown for a value that could not be computed. */
    public static final String UNKNOWN = "unknown";

    private static final String[] DECIMAL = {"", "K", "M", "G", "T", "P"};
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Quantities() {
    }

    /** @return e.g. {@code 37,748,736}, or {@value #UNKNOWN} for null */
    public static String grouped(Long count) {
        return count == null ? UNKNOWN : String.format(Locale.ROOT, "%,d", count);
    }

    /** @return e.g. {@code 2.87 GFLOP} */
    public static String flops(long flops) {
        return scaled(flops, 1000, DECIMAL) + "FLOP";
    }

    /** @return e.g. {@code 22.6 M} for a parameter count */
    public static String count(long count) {
        return scaled(count, 1000, DECIMAL).trim();
    }

    /** @return e.g. {@code 86.7 MiB} */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < BINARY.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, BINARY[unit]);
    }

    /** @return FLOPs per byte with two decimals, or {@value #UNKNOWN} for null or NaN */
    public static String intensity(Double flopsPerByte) {
        return flopsPerByte == null || flopsPerByte.isNaN() ? UNKNOWN
                : String.format(Locale.ROOT, "%.2f", flopsPerByte);
    }

    private static String scaled(long value, int base, String[] prefixes) {
        double scaled = value;
        int unit = 0;
        while (Math.abs(scaled) >= base && unit < prefixes.length - 1) {
            scaled /= base;
            unit++;
        }
        return unit == 0 ? value + " " : String.format(Locale.ROOT, "%.2f %s", scaled, prefixes[unit]);
    }
}
