package io.tensorscope.app.workbench.graph;

import javafx.scene.paint.Color;

/**
 * Heat colours for "colour by time share": pale yellow for nodes that take no time, through orange, to dark
 * red for the node that takes the most. The square root spreads the many small shares apart.
 */
public final class HeatColour {

    private static final Color COLD = Color.web("#fef3c7");
    private static final Color WARM = Color.web("#f97316");
    private static final Color HOT = Color.web("#7f1d1d");

    private HeatColour() {
    }

    /**
     * @param share    a node's time share, 0..1
     * @param maxShare the largest share of any node, &gt; 0
     * @return its heat colour
     */
    public static Color of(double share, double maxShare) {
        double t = maxShare <= 0 || !(share > 0) ? 0 : Math.sqrt(Math.min(1, share / maxShare));
        return t < 0.5 ? COLD.interpolate(WARM, t * 2) : WARM.interpolate(HOT, (t - 0.5) * 2);
    }

    /** @return a text colour readable on {@code fill} */
    public static Color textOn(Color fill) {
        return fill.getBrightness() * (1 - fill.getSaturation() / 2) > 0.7 ? Color.web("#1e293b") : Color.WHITE;
    }
}
