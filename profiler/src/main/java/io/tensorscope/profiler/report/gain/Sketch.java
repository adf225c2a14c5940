package io.tensorscope.profiler.report.gain;

/**
 * Where a report chart draws: vector primitives in points, origin at the top left, y growing down. One implementation
 * per format (SVG for HTML), so every format draws the same chart.
 */
interface Sketch {

    /** A line of {@code width} points, dashed or solid, in CSS colour {@code color} (e.g. {@code #1f77b4}). */
    void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed);

    /** A circle filled with {@code fill} (or {@code none}) and outlined with {@code stroke} (or {@code none}). */
    void circle(double cx, double cy, double radius, String fill, String stroke);

    /** Text whose baseline starts at (x, y) ({@code anchor}: start, middle or end), {@code size} points high. */
    void text(double x, double y, String text, double size, String color, String anchor);
}
