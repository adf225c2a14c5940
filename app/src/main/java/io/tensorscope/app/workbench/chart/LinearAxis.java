package io.tensorscope.app.workbench.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear axis over "nice" tick values (1, 2 or 5 times a power of ten), mapping values to pixels.
 *
 * @param min     smallest value shown (a tick)
 * @param max     largest value shown (a tick)
 * @param step    distance between ticks
 * @param lowPx   pixel of {@code min}
 * @param highPx  pixel of {@code max} (less than {@code lowPx} for a vertical axis)
 */
public record LinearAxis(double min, double max, double step, double lowPx, double highPx) implements ChartAxis {

    private static final int TICKS = 5;

    /**
     * @param minSpan the narrowest span shown (values closer together are centred in it)
     * @param floor   no tick below this (e.g. 0 for latencies)
     * @param ceiling no tick above this (e.g. 100 for percentages)
     * @return an axis on ticks around {@code low..high}, padded by 8 % on each side
     */
    public static LinearAxis around(double low, double high, double minSpan, double floor, double ceiling, double lowPx,
                             double highPx) {
        if (high - low < minSpan) {
            double middle = (low + high) / 2;
            low = middle - minSpan / 2;
            high = middle + minSpan / 2;
        }
        double span = high - low;
        low = Math.max(floor, low - span * 0.08);
        high = Math.min(ceiling, high + span * 0.08);
        double step = niceStep((high - low) / TICKS);
        double min = Math.max(Math.floor(floor / step) * step, Math.floor(low / step) * step);
        double max = Math.min(Math.ceil(ceiling / step) * step, Math.ceil(high / step) * step);
        return new LinearAxis(min, max > min ? max : min + step, step, lowPx, highPx);
    }

    /** @return 1, 2 or 5 times a power of ten, at least {@code rough} */
    public static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    /** @return the pixel of {@code value} */
    @Override
    public double toPixel(double value) {
        return lowPx + (value - min) / (max - min) * (highPx - lowPx);
    }

    /** @return every tick value, from min to max */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double v = min; v <= max + step / 2; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }

    @Override
    public List<Double> gridValues() {
        return ticks();
    }

    @Override
    public String gridLabel(double value) {
        return label(value);
    }

    /** @return a tick's label with as many decimals as the step needs */
    public String label(double value) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
