package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.chart.Drawing;

/** Marker shapes that tell overlaid profiles apart on the roofline; the first profile uses circles. */
enum MarkerShape {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND;

    /** @return the shape of the profile at {@code position} in the list */
    static MarkerShape forProfile(int position) {
        return values()[position % values().length];
    }

    /** Fills and strokes the marker centred on ({@code x}, {@code y}) with radius {@code r}, current paints. */
    void draw(Drawing g, double x, double y, double r) {
        switch (this) {
            case CIRCLE -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case SQUARE -> {
                double s = r * 0.886;
                g.fillRect(x - s, y - s, 2 * s, 2 * s);
                g.strokeRect(x - s, y - s, 2 * s, 2 * s);
            }
            case TRIANGLE -> polygon(g, new double[]{x, x + r * 1.1, x - r * 1.1}, new double[]{y - r * 1.2, y + r * 0.75, y + r * 0.75});
            case DIAMOND -> polygon(g, new double[]{x, x + r * 1.15, x, x - r * 1.15}, new double[]{y - r * 1.15, y, y + r * 1.15, y});
        }
    }

    private static void polygon(Drawing g, double[] xs, double[] ys) {
        g.fillPolygon(xs, ys, xs.length);
        g.strokePolygon(xs, ys, xs.length);
    }
}
