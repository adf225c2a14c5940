package io.tensorscope.profiler.report.gain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Accuracy against latency or against size: one dot per model (the baseline dark, candidates on the Pareto front
 * green, the others grey), the front joined by a line, each dot named.
 */
final class TradeOffChart {

    private TradeOffChart() {
    }

    /** Accuracy (%) against median latency (ms). */
    static void latency(Sketch s, List<ModelResult> models) {
        draw(s, models, m -> m.latency().medianMs(), ModelResult::paretoLatency, "accuracy vs latency",
                "median latency, ms");
    }

    /** Accuracy (%) against size (MB). */
    static void size(Sketch s, List<ModelResult> models) {
        draw(s, models, m -> m.sizeBytes() / 1e6, ModelResult::paretoSize, "accuracy vs size", "size, MB");
    }

    private static void draw(Sketch s, List<ModelResult> models, ToDoubleFunction<ModelResult> cost,
                             java.util.function.Predicate<ModelResult> onFront, String title, String xTitle) {
        ChartAxis x = ChartFrame.horizontal(models.stream().mapToDouble(cost).toArray(), false);
        ChartAxis y = ChartFrame.vertical(models.stream().mapToDouble(m -> 100 * m.accuracy().value()).toArray(), false);
        ChartFrame.draw(s, title, x, xTitle, y, models.get(0).accuracy().metric() + ", %");
        List<ModelResult> front = new ArrayList<>(models.stream().filter(onFront).toList());
        front.sort(Comparator.comparingDouble(cost));
        for (int i = 1; i < front.size(); i++) {
            s.line(x.at(cost.applyAsDouble(front.get(i - 1))), y.at(100 * front.get(i - 1).accuracy().value()),
                    x.at(cost.applyAsDouble(front.get(i))), y.at(100 * front.get(i).accuracy().value()), "#2ca02c", 1.2,
                    true);
        }
        for (ModelResult m : models) {
            double px = x.at(cost.applyAsDouble(m));
            double py = y.at(100 * m.accuracy().value());
            String fill = m.baseline() ? "#333333" : onFront.test(m) ? "#2ca02c" : "#aaaaaa";
            s.circle(px, py, 4.5, fill, "#ffffff");
            s.text(px + 7, py - 5, m.name(), 9, ChartFrame.INK, "start");
        }
    }
}
