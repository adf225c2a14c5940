package io.tensorscope.profiler.report.gain;

import java.util.Locale;

/** Draws a chart as an inline SVG element. */
final class SvgSketch implements Sketch {

    private final StringBuilder svg = new StringBuilder();

    SvgSketch(double width, double height, String label) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                + "width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\">",
                width, height, width, height, Html.escape(label)));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"%s/>", x1, y1, x2, y2, color, width, dashed ? " stroke-dasharray=\"4 3\"" : ""));
    }

    @Override
    public void circle(double cx, double cy, double radius, String fill, String stroke) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\"/>",
                cx, cy, radius, fill, stroke));
    }

    @Override
    public void text(double x, double y, String text, double size, String color, String anchor) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\" "
                + "text-anchor=\"%s\">%s</text>", x, y, size, color, anchor, Html.escape(text)));
    }

    /** @return the SVG element */
    String finish() {
        return svg + "</svg>";
    }
}
