package io.tensorscope.app.workbench.chart;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Whether the workbench's charts paint dark (the Dark theme): one switch for every canvas, set by the window that
 * follows the theme and watched by each chart to repaint. A dark chart is the light one with its neutrals (greys,
 * black, white: background, grid, axes, text) inverted in lightness, while colours that carry meaning (op families,
 * roofs, the Pareto front) keep hue and saturation, lifted when too dark to read. SVG exports always paint light,
 * for print.
 */
public final class ChartTheme {

    /** Below this chroma (largest minus smallest channel, 0..1) a colour is a neutral (slate greys too) and is inverted. */
    private static final double NEUTRAL_CHROMA = 0.2;
    /** The darkest a meaningful colour is drawn on the dark background. */
    private static final double MIN_BRIGHTNESS = 0.62;
    /** White becomes this brightness (a dark slate, not pure black). */
    private static final double DARKEST = 0.11;

    private static final BooleanProperty DARK = new SimpleBooleanProperty(false);

    private ChartTheme() {
    }

    /** @return whether charts paint dark; set and read on the UI thread */
    public static BooleanProperty darkProperty() {
        return DARK;
    }

    /**
     * Repaints {@code chart} whenever the theme switches, for as long as the chart lives (the listener is held by the
     * chart, registered weakly here).
     */
    public static void follow(Node chart, Runnable repaint) {
        InvalidationListener listener = o -> repaint.run();
        chart.getProperties().put(ChartTheme.class, listener);
        DARK.addListener(new WeakInvalidationListener(listener));
    }

    /** @return a drawing on {@code g} in the theme's colours */
    public static Drawing onScreen(GraphicsContext g) {
        return DARK.get() ? new FxDrawing(g, ChartTheme::dark) : new FxDrawing(g);
    }

    /** @return {@code c} as a dark chart shows it */
    static Color dark(Color c) {
        if (c == null) {
            return null;
        }
        double chroma = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()))
                - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
        if (chroma < NEUTRAL_CHROMA) {
            return Color.hsb(c.getHue(), c.getSaturation(), 1 - c.getBrightness() * (1 - DARKEST), c.getOpacity());
        }
        return c.getBrightness() >= MIN_BRIGHTNESS ? c
                : Color.hsb(c.getHue(), c.getSaturation(), MIN_BRIGHTNESS, c.getOpacity());
    }
}
