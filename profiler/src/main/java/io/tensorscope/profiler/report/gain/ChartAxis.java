package io.tensorscope.profiler.report.gain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart axis mapping values to points, linear or base-10 logarithmic, with ticks at round values.
 *
 * @param min   smallest value shown (&gt; 0 when logarithmic)
 * @param max   largest value shown
 * @param log   whether the scale is logarithmic
 * @param from  the point of {@code min}
 * @param to    the point of {@code max}
 */
record ChartAxis(double min, double max, boolean log, double from, double to) {

    /** @return an axis covering {@code values} with 5 % margins (a decade either side when logarithmic) */
    static ChartAxis covering(double[] values, boolean log, double from, double to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v) && (!log || v > 0)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = log ? 1 : 0;
            hi = log ? 10 : 1;
        }
        if (log) {
            return new ChartAxis(Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi))),
                    true, from, to);
        }
        double margin = hi == lo ? Math.max(Math.abs(hi) * 0.05, 1e-3) : (hi - lo) * 0.08;
        return new ChartAxis(lo - margin, hi + margin, false, from, to);
    }

    /** @return the point of {@code value} */
    double at(double value) {
        double f = log ? (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                : (value - min) / (max - min);
        return from + f * (to - from);
    }

    /** @return round values to mark, inside the axis */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (double v = min; v <= max * 1.0001; v *= 10) {
                ticks.add(v);
            }
            return ticks;
        }
        double step = step();
        for (double v = Math.ceil(min / step) * step; v <= max; v += step) {
            ticks.add(v);
        }
        return ticks;
    }

    /** @return a tick's text: as many decimals as the tick step needs (log axes: as few as the value needs) */
    String label(double value) {
        if (log) {
            return value >= 1 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2g", value);
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step()) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private double step() {
        double step = Math.pow(10, Math.floor(Math.log10((max - min) / 4)));
        return (max - min) / step > 8 ? step * 2 : step;
    }
}
