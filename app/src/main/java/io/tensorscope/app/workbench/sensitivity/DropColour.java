package io.tensorscope.app.workbench.sensitivity;

import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

import java.util.List;

/**
 * The heat map's colour scale for a score change: pale green at no loss (or a gain), through pale amber, to red at
 * {@link #WORST_POINTS} and beyond. Dark text stays readable on every colour of the scale.
 */
final class DropColour {

    /** Score change, percentage points, at and below which a cell is fully red. */
    static final double WORST_POINTS = -5;

    private static final List<Stop> STOPS = List.of(new Stop(0, Color.web("#dcfce7")), new Stop(0.5, Color.web("#fef3c7")),
            new Stop(1, Color.web("#f87171")));

    private DropColour() {
    }

    /** @return the colour of a change of {@code deltaPoints} percentage points (negative: worse) */
    static Color of(double deltaPoints) {
        double t = Double.isNaN(deltaPoints) ? 0 : Math.min(1, Math.max(0, deltaPoints / WORST_POINTS));
        for (int i = 1; i < STOPS.size(); i++) {
            Stop from = STOPS.get(i - 1);
            Stop to = STOPS.get(i);
            if (t <= to.getOffset()) {
                return from.getColor().interpolate(to.getColor(), (t - from.getOffset()) / (to.getOffset() - from.getOffset()));
            }
        }
        return STOPS.get(STOPS.size() - 1).getColor();
    }

    /** @return the scale left (0 pt) to right ({@link #WORST_POINTS}), for the legend */
    static LinearGradient legend() {
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, STOPS);
    }
}
