package io.tensorscope.engine.prune;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Unstructured magnitude pruning: the smallest {@code |w|} of every constant float weight of {@code Conv},
 * {@code Gemm} and {@code MatMul} ({@link PruneTargets}) become exactly zero. Per layer, a weight of n values gets
 * round(sparsity × n) zeros (halves rounded up); globally, one threshold over all the weights gives round(sparsity ×
 * total) zeros in all. Either count is exact to one weight: of equal magnitudes the earlier (graph order, then index)
 * goes first, and values already zero count towards it. Only initializer values change, so the graph keeps its nodes.
 */
public final class MagnitudePrunePass implements Pass {

    /** The pass's id. */
    public static final String ID = "prune-magnitude";
    static final String SPARSITY_NAME = "sparsity";
    static final String SCOPE_NAME = "scope";
    static final String LAYER_SCOPE = "layer";
    static final String GLOBAL_SCOPE = "global";
    /** Largest sparsity accepted: a weight keeps at least one value in a hundred. */
    static final double MAX_SPARSITY = 0.99;
    /** What a user should know about zeros on this runtime. */
    static final String DENSE_NOTE = "ONNX Runtime's CPU kernels are dense: they multiply by zero weights like by any "
            + "other, so the pruned model runs no faster, and its .onnx file is no smaller (every weight is still "
            + "stored); the zeros pay off when the file is compressed, or on a runtime with sparse kernels";

    private static final List<PassOption> OPTIONS = List.of(
            PassOption.number(SPARSITY_NAME, 0.5, 0, MAX_SPARSITY, "fraction of weights",
                    "Fraction of each weight's values set to zero (of all the weights' values, globally)"),
            PassOption.choice(SCOPE_NAME, LAYER_SCOPE, List.of(LAYER_SCOPE, GLOBAL_SCOPE),
                    "layer: every weight gets the sparsity; global: one magnitude threshold over all of them"),
            PruneTargets.LAYERS);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Magnitude pruning";
    }

    @Override
    public String description() {
        return "unstructured: the smallest weights of Conv, Gemm and MatMul set to zero, per layer or globally";
    }

    @Override
    public List<PassOption> options() {
        return OPTIONS;
    }

    /**
     * @throws TensorscopeException {@code BAD_ARGUMENT} when the layer list names no node of the model;
     *                              {@code UNSUPPORTED_OPERATOR} for weights in external files; {@code CANCELLED}
     */
    @Override
    public PassResult apply(Model model, PassOptions options, PassContext context) throws TensorscopeException {
        ProgressListener progress = context.progress();
        PruneTargets targets = PruneTargets.find(model, options.list(PruneTargets.LAYERS_NAME));
        double sparsity = options.number(SPARSITY_NAME);
        List<PrunableWeight> weights = targets.weights();
        List<float[]> before = new ArrayList<>();
        List<float[]> after = new ArrayList<>();
        for (PrunableWeight weight : weights) {
            float[] values = weight.values();
            before.add(values);
            after.add(values.clone());
        }
        if (options.text(SCOPE_NAME).equals(GLOBAL_SCOPE)) {
            long total = after.stream().mapToLong(a -> a.length).sum();
            MagnitudeSelection.zeroSmallest(after, Math.round(sparsity * total));
        } else {
            after.forEach(a -> MagnitudeSelection.zeroSmallest(List.of(a), Math.round(sparsity * a.length)));
        }
        WeightRewrite rewrite = new WeightRewrite();
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Double> reached = new LinkedHashMap<>();
        for (int w = 0; w < weights.size(); w++) {
            progress.checkCancelled();
            progress.onProgress((double) w / weights.size(), "measuring " + weights.get(w).name());
            if (!Arrays.equals(before.get(w), after.get(w))) {
                rewrite.replace(weights.get(w), after.get(w));
            }
            long zeros = WeightMeasures.zeros(after.get(w));
            long params = after.get(w).length;
            long deflated = WeightMeasures.deflatedBytes(before.get(w));
            long deflatedPruned = WeightMeasures.deflatedBytes(after.get(w));
            rows.add(PruneTables.magnitudeRow(weights.get(w), params, zeros, deflated, deflatedPruned));
            reached.put(weights.get(w).name(), (double) zeros / params);
            rewrite.compressed(deflated, deflatedPruned);
        }
        rewrite.sections.addAll(PruneTables.magnitude(rows));
        rewrite.notes.add(DENSE_NOTE);
        if (!weights.isEmpty()) {
            rewrite.notes.add(skippableNote(SkippableWork.of(model, reached)));
        }
        progress.onProgress(1, "pruned " + weights.size() + " weights");
        return rewrite.finish(model, ID, targets);
    }

    private static String skippableNote(Optional<SkippableWork> work) {
        return work.map(w -> String.format(Locale.ROOT, "a runtime with sparse kernels could at most skip the "
                + "multiply-adds by zero weights: %.1f %% of the pruned layers' FLOPs, %.1f %% of the model's (at the "
                + "default input sizes: batch 1, sequence length 128)", 100 * w.ofPrunedLayers(), 100 * w.ofModel()))
                .orElse("a runtime with sparse kernels could at most skip the multiply-adds by zero weights: each "
                        + "pruned layer's sparsity of its FLOPs (the model's cost is unknown at the default input sizes)");
    }
}
