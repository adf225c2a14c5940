package io.tensorscope.profiler.report.gain;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a chart as vector paths on a PDF page: chart points (y down, origin top left) are scaled by {@code scale} and
 * placed with their top left corner at ({@code left}, {@code top}) in page points (y up).
 */
final class PdfSketch implements Sketch {

    /** Bézier handle length of a quarter circle. */
    private static final double KAPPA = 0.5523;

    private final PDPageContentStream page;
    private final PDFont font;
    private final double left;
    private final double top;
    private final double scale;

    PdfSketch(PDPageContentStream page, PDFont font, double left, double top, double scale) {
        this.page = page;
        this.font = font;
        this.left = left;
        this.top = top;
        this.scale = scale;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed) {
        draw(() -> {
            stroke(color);
            page.setLineWidth((float) (width * scale));
            page.setLineDashPattern(dashed ? new float[] {4, 3} : new float[0], 0);
            page.moveTo(x(x1), y(y1));
            page.lineTo(x(x2), y(y2));
            page.stroke();
        });
    }

    @Override
    public void circle(double cx, double cy, double radius, String fill, String stroke) {
        draw(() -> {
            float x = x(cx);
            float y = y(cy);
            float r = (float) (radius * scale);
            float k = (float) (KAPPA * r);
            page.setLineDashPattern(new float[0], 0);
            page.moveTo(x + r, y);
            page.curveTo(x + r, y + k, x + k, y + r, x, y + r);
            page.curveTo(x - k, y + r, x - r, y + k, x - r, y);
            page.curveTo(x - r, y - k, x - k, y - r, x, y - r);
            page.curveTo(x + k, y - r, x + r, y - k, x + r, y);
            page.closePath();
            boolean filled = !fill.equals("none");
            boolean stroked = !stroke.equals("none");
            if (filled) {
                page.setNonStrokingColor(rgb(fill, 0), rgb(fill, 1), rgb(fill, 2));
            }
            if (stroked) {
                stroke(stroke);
                page.setLineWidth((float) (0.8 * scale));
            }
            if (filled && stroked) {
                page.fillAndStroke();
            } else if (filled) {
                page.fill();
            } else {
                page.stroke();
            }
        });
    }

    @Override
    public void text(double x, double y, String text, double size, String color, String anchor) {
        draw(() -> {
            float points = (float) (size * scale);
            float width = font.getStringWidth(text) / 1000 * points;
            float shift = anchor.equals("middle") ? width / 2 : anchor.equals("end") ? width : 0;
            page.beginText();
            page.setFont(font, points);
            page.setNonStrokingColor(rgb(color, 0), rgb(color, 1), rgb(color, 2));
            page.newLineAtOffset(x(x) - shift, y(y));
            page.showText(text);
            page.endText();
        });
    }

    private float x(double chartX) {
        return (float) (left + chartX * scale);
    }

    private float y(double chartY) {
        return (float) (top - chartY * scale);
    }

    private void stroke(String color) throws IOException {
        page.setStrokingColor(rgb(color, 0), rgb(color, 1), rgb(color, 2));
    }

    /** @return channel {@code i} (0 red, 1 green, 2 blue) of a {@code #rrggbb} colour, 0..1 */
    static float rgb(String color, int i) {
        return Integer.parseInt(color.substring(1 + 2 * i, 3 + 2 * i), 16) / 255f;
    }

    private interface Drawing {
        void run() throws IOException;
    }

    private static void draw(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
