package io.tensorscope.profiler.report.gain;

import java.util.Locale;

/** How every renderer writes a report's numbers: fixed decimals, Locale.ROOT, a dash for what was not measured. */
final class Figures {

    /** What a figure that was not measured reads as. */
    static final String NONE = "—";

    private Figures() {
    }

    /** @return {@code value} with {@code decimals} decimals, or {@link #NONE} for NaN */
    static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** @return a signed figure, e.g. {@code +0.12} */
    static String signed(double value, int decimals) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%+." + decimals + "f", value);
    }

    /** @return a fraction 0..1 as a percentage, e.g. {@code 98.93 %} */
    static String percent(double fraction, int decimals) {
        return Double.isNaN(fraction) ? NONE : fixed(100 * fraction, decimals) + " %";
    }

    /** @return {@code [low, high]} of a fraction interval in percent, or {@link #NONE} */
    static String percentInterval(double low, double high) {
        return Double.isNaN(low) ? NONE : "[" + fixed(100 * low, 2) + ", " + fixed(100 * high, 2) + "]";
    }

    /** @return {@code [low, high]} of a points interval, signed, or {@link #NONE} */
    static String pointsInterval(double low, double high) {
        return Double.isNaN(low) ? NONE : "[" + signed(low, 2) + ", " + signed(high, 2) + "]";
    }

    /** @return the speed-up with its in-turn p10–p90, e.g. {@code 2.96x (2.80-3.10)} */
    static String speedUp(ModelResult.SpeedUp s) {
        return fixed(s.median(), 2) + "x" + (s.inTurn() ? " (" + fixed(s.p10(), 2) + "-" + fixed(s.p90(), 2) + ")" : "");
    }

    /** @return bytes in MB with 2 decimals */
    static String megabytes(long bytes) {
        return fixed(bytes / 1e6, 2) + " MB";
    }
}
