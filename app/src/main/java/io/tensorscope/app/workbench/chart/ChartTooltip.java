package io.tensorscope.app.workbench.chart;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The hover label of a canvas chart: placed next to the pointer and kept inside the chart. */
public final class ChartTooltip extends Label {

    private static final double OFFSET_PX = 14;

    /** @param id node id, for tests */
    public ChartTooltip(String id) {
        setId(id);
        getStyleClass().add("chart-tooltip");
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
    }

    /** Shows {@code text} near the pointer at (x, y) in {@code chart}'s coordinates, inside its bounds. */
    public void show(String text, double x, double y, Region chart) {
        setText(text);
        autosize();
        double left = x + OFFSET_PX;
        double top = y + OFFSET_PX;
        relocate(Math.max(0, Math.min(left, chart.getWidth() - getWidth() - 4)),
                top + getHeight() > chart.getHeight() ? Math.max(0, y - getHeight() - 8) : top);
        setVisible(true);
    }

    /** Hides the tooltip. */
    public void hide() {
        setVisible(false);
    }

    /** @return the text shown now, or empty when hidden */
    public Optional<String> shownText() {
        return isVisible() ? Optional.of(getText()) : Optional.empty();
    }
}
