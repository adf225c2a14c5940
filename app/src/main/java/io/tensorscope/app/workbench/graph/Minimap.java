package io.tensorscope.app.workbench.graph;

import io.tensorscope.profiler.layout.BoxKind;
import io.tensorscope.profiler.layout.GraphLayout;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A small overview of a large graph in the top-right corner of the graph view: every box as a dot in its op-family
 * colour, drawn once into an image, and the viewport as a rectangle over it. A very tall or very wide graph is
 * stretched so the overview stays at least {@value #MIN_SIDE_PX} px on its short side.
 */
final class Minimap {

    /** Layouts with more boxes than this get a minimap. */
    static final int MIN_BOXES = 200;
    private static final double MAX_SIDE_PX = 180;
    private static final double MIN_SIDE_PX = 48;
    private static final double MARGIN_PX = 10;
    private static final int BACKGROUND_ARGB = 0xF2FFFFFF;

    private final double scaleX;
    private final double scaleY;
    private final WritableImage image;

    /** Draws the overview of {@code layout}. */
    Minimap(GraphLayout layout) {
        double graphWidth = Math.max(1, layout.totalWidth());
        double graphHeight = Math.max(1, layout.totalHeight());
        double uniform = Math.min(MAX_SIDE_PX / graphWidth, MAX_SIDE_PX / graphHeight);
        scaleX = Math.max(uniform, MIN_SIDE_PX / graphWidth);
        scaleY = Math.max(uniform, MIN_SIDE_PX / graphHeight);
        int width = (int) Math.ceil(graphWidth * scaleX);
        int height = (int) Math.ceil(graphHeight * scaleY);
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, BACKGROUND_ARGB);
        int[] familyArgb = new int[OpFamily.values().length];
        for (OpFamily family : OpFamily.values()) {
            familyArgb[family.ordinal()] = argb(Color.web(family.colour()));
        }
        int terminalArgb = argb(Color.web("#334155"));
        for (int box = 0; box < layout.boxCount(); box++) {
            int argb = layout.kind(box) == BoxKind.NODE ? familyArgb[OpFamily.of(layout.label(box)).ordinal()]
                    : terminalArgb;
            int x0 = clamp((int) (layout.x(box) * scaleX), width);
            int y0 = clamp((int) (layout.y(box) * scaleY), height);
            int x1 = clamp((int) Math.ceil((layout.x(box) + layout.width(box)) * scaleX), width);
            int y1 = clamp((int) Math.ceil((layout.y(box) + layout.height(box)) * scaleY), height);
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    pixels[y * width + x] = argb;
                }
            }
        }
        image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
    }

    private static int argb(Color colour) {
        return 0xFF000000 | (int) (colour.getRed() * 255) << 16 | (int) (colour.getGreen() * 255) << 8
                | (int) (colour.getBlue() * 255);
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }

    /** @return the overview's left edge in a view {@code viewWidth} wide, px */
    double left(double viewWidth) {
        return viewWidth - image.getWidth() - MARGIN_PX;
    }

    /** @return where the overview is drawn in a view {@code viewWidth} wide, px */
    Rectangle2D area(double viewWidth) {
        return new Rectangle2D(left(viewWidth), MARGIN_PX, image.getWidth(), image.getHeight());
    }

    /** @return whether view point ({@code px}, {@code py}) is on the overview, in a view {@code viewWidth} wide */
    boolean contains(double px, double py, double viewWidth) {
        return area(viewWidth).contains(px, py);
    }

    /** @return the graph point shown at view point ({@code px}, {@code py}) of the overview */
    Point2D toGraph(double px, double py, double viewWidth) {
        return new Point2D((px - left(viewWidth)) / scaleX, (py - MARGIN_PX) / scaleY);
    }

    /**
     * Draws the overview and the viewport, the graph rectangle from ({@code minX}, {@code minY}) to ({@code maxX},
     * {@code maxY}).
     */
    void paint(GraphicsContext g, double viewWidth, double minX, double minY, double maxX, double maxY) {
        double left = left(viewWidth);
        double top = MARGIN_PX;
        g.setFill(Color.rgb(15, 23, 42, 0.15));
        g.fillRect(left - 1, top - 1, image.getWidth() + 2, image.getHeight() + 2);
        g.drawImage(image, left, top);
        double x0 = Math.max(left, left + minX * scaleX);
        double y0 = Math.max(top, top + minY * scaleY);
        double x1 = Math.min(left + image.getWidth(), left + maxX * scaleX);
        double y1 = Math.min(top + image.getHeight(), top + maxY * scaleY);
        if (x1 > x0 && y1 > y0) {
            g.setFill(Color.rgb(37, 99, 235, 0.12));
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
            g.setStroke(Color.web("#2563eb"));
            g.setLineWidth(1.5);
            g.strokeRect(x0, y0, x1 - x0, y1 - y0);
        }
    }
}
