package io.tensorscope.profiler.report.gain;

/** The frame every report chart shares: plot area, ticks with labels, axis titles and the chart title. */
final class ChartFrame {

    static final double WIDTH = 520;
    static final double HEIGHT = 300;
    static final double LEFT = 58;
    static final double RIGHT = 16;
    static final double TOP = 36;
    static final double BOTTOM = 44;
    static final String GRID = "#dddddd";
    static final String INK = "#333333";

    private ChartFrame() {
    }

    /** @return a horizontal axis over the plot area */
    static ChartAxis horizontal(double[] values, boolean log) {
        return ChartAxis.covering(values, log, LEFT, WIDTH - RIGHT);
    }

    /** @return a vertical axis over the plot area (larger values higher) */
    static ChartAxis vertical(double[] values, boolean log) {
        return ChartAxis.covering(values, log, HEIGHT - BOTTOM, TOP);
    }

    /** Draws the grid, tick labels and titles of {@code x} and {@code y}. */
    static void draw(Sketch s, String title, ChartAxis x, String xTitle, ChartAxis y, String yTitle) {
        s.text(LEFT, 14, title, 12, INK, "start");
        for (double t : x.ticks()) {
            s.line(x.at(t), TOP, x.at(t), HEIGHT - BOTTOM, GRID, 0.6, false);
            s.text(x.at(t), HEIGHT - BOTTOM + 13, x.label(t), 9, INK, "middle");
        }
        for (double t : y.ticks()) {
            s.line(LEFT, y.at(t), WIDTH - RIGHT, y.at(t), GRID, 0.6, false);
            s.text(LEFT - 4, y.at(t) + 3, y.label(t), 9, INK, "end");
        }
        s.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, INK, 1, false);
        s.line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, INK, 1, false);
        s.text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 8, xTitle, 10, INK, "middle");
        s.text(4, TOP - 9, yTitle, 10, INK, "start");
    }
}
