package io.tensorscope.profiler.auto;

import io.tensorscope.engine.pass.PipelineStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one candidate does: a channel-sparsity level per layer (an index into the levels, -1 for none) and the nodes
 * the quantization step keeps in float. Immutable; the search derives the next allocation from the current one.
 *
 * @param level     layer → index into the levels, -1 when the layer is not pruned; graph order
 * @param keptFloat nodes left in float by the quantization step, in the order they were added
 */
record Allocation(Map<String, Integer> level, Set<String> keptFloat) {

    /** Pass the per-layer steps run. */
    static final String PRUNE_PASS = "prune-channel";

    Allocation {
        level = Collections.unmodifiableMap(new LinkedHashMap<>(level));
        keptFloat = Collections.unmodifiableSet(new LinkedHashSet<>(keptFloat));
    }

    /** @return nothing pruned, nothing kept in float, over {@code layers} */
    static Allocation none(List<String> layers) {
        Map<String, Integer> level = new LinkedHashMap<>();
        layers.forEach(l -> level.put(l, -1));
        return new Allocation(level, Set.of());
    }

    /** @return this allocation with {@code layer} one level higher */
    Allocation raised(String layer) {
        Map<String, Integer> next = new LinkedHashMap<>(level);
        next.put(layer, level.get(layer) + 1);
        return new Allocation(next, keptFloat);
    }

    /** @return this allocation with {@code node} also kept in float */
    Allocation keepingFloat(String node) {
        Set<String> next = new LinkedHashSet<>(keptFloat);
        next.add(node);
        return new Allocation(level, next);
    }

    /** @return layer → fraction of its channels removed, for the layers pruned */
    Map<String, Double> sparsity(List<Double> levels) {
        Map<String, Double> sparsity = new LinkedHashMap<>();
        level.forEach((layer, index) -> {
            if (index >= 0) {
                sparsity.put(layer, levels.get(index));
            }
        });
        return sparsity;
    }

    /**
     * @param levels     the sparsity levels
     * @param extraSteps the steps after the pruning
     * @param precision  the quantization step among them that takes the nodes kept in float, or null
     * @return one {@code prune-channel} step per pruned layer, then the extra steps, the quantization one with the
     * nodes kept in float added to its own {@code exclude-nodes}
     */
    List<PipelineStep> steps(List<Double> levels, List<PipelineStep> extraSteps, PipelineStep precision) {
        List<PipelineStep> steps = new ArrayList<>();
        sparsity(levels).forEach((layer, s) -> steps.add(new PipelineStep(PRUNE_PASS,
                Map.of("layers", layer, "sparsity", String.format(Locale.ROOT, "%s", s)))));
        for (PipelineStep step : extraSteps) {
            steps.add(step == precision && !keptFloat.isEmpty() ? MixedPrecision.excluding(step, keptFloat) : step);
        }
        return steps;
    }
}
