package io.tensorscope.profiler.sensitivity;

import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How much each layer's score and latency move when a pass is applied to that layer alone, level by level.
 *
 * @param pass     the pass's id
 * @param original the unmodified model, timed and scored the same way
 * @param originalRecord the unmodified model's experiment record (what every variant and anything built on this
 *                 result was made from)
 * @param layers   the layers the pass can change, in graph order
 * @param levels   the levels tried (empty for a pass without levels)
 * @param points   one point per layer and level, layer by layer
 */
public record SensitivityResult(String pass, ExperimentSummary original, ExperimentRecord originalRecord,
                                List<String> layers, List<Double> levels, List<SensitivityPoint> points) {

    public SensitivityResult {
        Objects.requireNonNull(originalRecord);
        layers = List.copyOf(layers);
        levels = List.copyOf(levels);
        points = List.copyOf(points);
    }

    /** @return the points of {@code layer}, lowest level first */
    public List<SensitivityPoint> of(String layer) {
        return points.stream().filter(p -> p.layer().equals(layer)).toList();
    }

    /**
     * @return the layers, most sensitive first: by the score lost at the highest level, then (text models, whose
     * k-NN score often does not move for one layer) by the lowest fidelity to the original, then by the smallest
     * speed-up, so the layers at the end can be compressed hardest
     */
    public List<String> ranking() {
        Comparator<String> lost = Comparator.comparingDouble(layer -> worst(layer).deltaPoints());
        Comparator<String> drift = Comparator.comparingDouble(layer -> Double.isNaN(worst(layer).fidelity()) ? 1
                : worst(layer).fidelity());
        return layers.stream().sorted(lost.thenComparing(drift).thenComparingDouble(layer -> worst(layer).speedUp()))
                .toList();
    }

    private SensitivityPoint worst(String layer) {
        List<SensitivityPoint> mine = of(layer);
        return mine.get(mine.size() - 1);
    }
}
