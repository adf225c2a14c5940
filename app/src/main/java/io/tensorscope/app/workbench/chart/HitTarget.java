package io.tensorscope.app.workbench.chart;

import java.util.List;
import java.util.Optional;

/** Something drawn on a chart that the pointer can hit. */
public interface HitTarget {

    /** @return whether (x, y) lies within the target, give or take {@code slopPx} */
    boolean contains(double x, double y, double slopPx);

    /** @return the topmost (last drawn) target of {@code targets} at (x, y), if any */
    static <T extends HitTarget> Optional<T> topmostAt(List<T> targets, double x, double y, double slopPx) {
        for (int i = targets.size() - 1; i >= 0; i--) {
            if (targets.get(i).contains(x, y, slopPx)) {
                return Optional.of(targets.get(i));
            }
        }
        return Optional.empty();
    }
}
