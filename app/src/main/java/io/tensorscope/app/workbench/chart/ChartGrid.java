package io.tensorscope.app.workbench.chart;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Paints a chart's grid lines and their labels, and text anchored the way charts need. */
public final class ChartGrid {

    /** Colour of grid lines. */
    public static final Color GRID = Color.web("#e2e8f0");
    /** Colour of axis labels. */
    public static final Color AXIS_TEXT = Color.web("#475569");

    private ChartGrid() {
    }

    /**
     * Draws a vertical line per x grid value and a horizontal one per y grid value inside the plot rectangle, with
     * labels below and to the left of it.
     */
    public static void paint(Drawing g, ChartAxis x, ChartAxis y, double leftPx, double topPx, double rightPx,
                             double bottomPx) {
        g.setLineWidth(1);
        g.setFont(Font.font(11));
        g.setFill(AXIS_TEXT);
        g.setStroke(GRID);
        for (double value : x.gridValues()) {
            double px = Math.round(x.toPixel(value)) + 0.5;
            g.strokeLine(px, topPx, px, bottomPx);
            text(g, x.gridLabel(value), px, bottomPx + 4, TextAlignment.CENTER, VPos.TOP);
        }
        for (double value : y.gridValues()) {
            double py = Math.round(y.toPixel(value)) + 0.5;
            g.strokeLine(leftPx, py, rightPx, py);
            text(g, y.gridLabel(value), leftPx - 6, py, TextAlignment.RIGHT, VPos.CENTER);
        }
    }

    /** Fills {@code text} at (x, y) with the given horizontal alignment and vertical anchor. */
    public static void text(Drawing g, String text, double x, double y, TextAlignment alignment, VPos baseline) {
        g.setTextAlign(alignment);
        g.setTextBaseline(baseline);
        g.fillText(text, x, y);
    }
}
