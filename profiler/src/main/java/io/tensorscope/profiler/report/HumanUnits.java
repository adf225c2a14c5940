package io.tensorscope.profiler.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Formats counts, FLOPs and bytes for people: three significant digits and a unit prefix. */
public final class HumanUnits {

    private static final String[] DECIMAL = {"", "k", "M", "G", "T", "P"};
    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB"};
    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private HumanUnits() {
    }

    /**
     * @return e.g. {@code 22.7 M} for 22,713,216: rounded to three significant digits first, so 9,996 prints as
     * {@code 10.0 k} and 999,600 as {@code 1.00 M}; small numbers print as they are
     */
    public static String count(long value) {
        if (Math.abs(value) < 1000) {
            return Long.toString(value);
        }
        BigDecimal v = BigDecimal.valueOf(value).round(THREE_DIGITS);
        int unit = 0;
        while (v.abs().compareTo(THOUSAND) >= 0 && unit < DECIMAL.length - 1) {
            v = v.movePointLeft(3);
            unit++;
        }
        double d = Math.abs(v.doubleValue());
        return String.format(Locale.ROOT, d >= 100 ? "%.0f %s" : d >= 10 ? "%.1f %s" : "%.2f %s", v, DECIMAL[unit]);
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
