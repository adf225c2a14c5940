package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.chart.ChartAxis;
import java.util.ArrayList;
import java.util.List;

/**
 * A base-10 logarithmic axis spanning whole decades, mapping values to pixels and back.
 *
 * @param lowDecade  log10 of the smallest value shown (an integer)
 * @param highDecade log10 of the largest value shown (an integer, &gt; lowDecade)
 * @param lowPx      pixel of the smallest value
 * @param highPx     pixel of the largest value (less than {@code lowPx} for a vertical axis)
 */
record LogAxis(int lowDecade, int highDecade, double lowPx, double highPx) implements ChartAxis {

    /** @return an axis over the whole decades around {@code min..max} (both &gt; 0), at least one decade wide */
    static LogAxis spanning(double min, double max, double lowPx, double highPx) {
        int low = (int) Math.floor(Math.log10(min));
        int high = (int) Math.ceil(Math.log10(max));
        return new LogAxis(low, Math.max(high, low + 1), lowPx, highPx);
    }

    /** @return the pixel of {@code value} (&gt; 0); values outside the span map outside the pixel range */
    @Override
    public double toPixel(double value) {
        double t = (Math.log10(value) - lowDecade) / (highDecade - lowDecade);
        return lowPx + t * (highPx - lowPx);
    }

    /** @return the value at {@code pixel} */
    double toValue(double pixel) {
        double t = (pixel - lowPx) / (highPx - lowPx);
        return Math.pow(10, lowDecade + t * (highDecade - lowDecade));
    }

    /** @return the smallest value shown */
    double min() {
        return Math.pow(10, lowDecade);
    }

    /** @return the largest value shown */
    double max() {
        return Math.pow(10, highDecade);
    }

    /** @return pixels per decade, signed */
    double pixelsPerDecade() {
        return (highPx - lowPx) / (highDecade - lowDecade);
    }

    /** @return every decade value from low to high, e.g. 0.1, 1, 10, 100 */
    List<Double> decades() {
        List<Double> values = new ArrayList<>();
        for (int d = lowDecade; d <= highDecade; d++) {
            values.add(Math.pow(10, d));
        }
        return values;
    }

    @Override
    public List<Double> gridValues() {
        return decades();
    }

    @Override
    public String gridLabel(double value) {
        return label(value);
    }

    /** @return a decade's label: {@code 0.01}, {@code 1}, {@code 1k}, {@code 1M} */
    static String label(double decade) {
        if (decade >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.0fM", decade / 1e6);
        }
        if (decade >= 1e3) {
            return String.format(java.util.Locale.ROOT, "%.0fk", decade / 1e3);
        }
        return decade >= 1 ? String.format(java.util.Locale.ROOT, "%.0f", decade)
                : java.math.BigDecimal.valueOf(decade).stripTrailingZeros().toPlainString();
    }
}
