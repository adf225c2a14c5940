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
import java.util.List;
import java.util.Locale;

/**
 * N:M semi-structured pruning (2:4 by default): in every group of M consecutive weights along the reduction (input)
 * dimension ({@link ReductionLayout}) of each Conv, Gemm and MatMul weight ({@link PruneTargets}), the N largest
 * {@code |w|} are kept and the others set to zero, so every weight reaches sparsity 1 − N/M. A weight whose reduction
 * length is no multiple of M is left alone and listed with the reason. Only initializer values change, so the graph
 * keeps its nodes.
 */
public final class NmPrunePass implements Pass {

    /** The pass's id. */
    public static final String ID = "prune-nm";
    static final String PATTERN_NAME = "pattern";

    private static final List<PassOption> OPTIONS = List.of(
            PassOption.text(PATTERN_NAME, NmPattern.TWO_OF_FOUR.toString(), "N:M: of every M consecutive weights along "
                    + "the input dimension keep the N largest, 1 <= N < M <= " + NmPattern.MAX_GROUP),
            PruneTargets.LAYERS);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "N:M pruning";
    }

    @Override
    public String description() {
        return "semi-structured: N of every M weights along the input dimension kept (2:4 for sparse Tensor Cores)";
    }

    @Override
    public List<PassOption> options() {
        return OPTIONS;
    }

    /**
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a pattern that is not N:M with 1 ≤ N &lt; M ≤ 16, or a
     *                              layer list naming no node of the model; {@code UNSUPPORTED_OPERATOR} for weights in
     *                              external files; {@code CANCELLED}
     */
    @Override
    public PassResult apply(Model model, PassOptions options, PassContext context) throws TensorscopeException {
        ProgressListener progress = context.progress();
        NmPattern pattern = NmPattern.parse(PATTERN_NAME, options.text(PATTERN_NAME));
        PruneTargets targets = PruneTargets.find(model, options.list(PruneTargets.LAYERS_NAME));
        WeightRewrite rewrite = new WeightRewrite();
        List<List<Object>> rows = new ArrayList<>();
        int tensorCoreLayers = 0;
        for (int w = 0; w < targets.weights().size(); w++) {
            progress.checkCancelled();
            PrunableWeight weight = targets.weights().get(w);
            progress.onProgress((double) w / targets.weights().size(), "pruning " + weight.name());
            long[] dims = weight.dims();
            List<ReductionLayout> layouts = weight.nodes().stream().map(n -> ReductionLayout.of(n, dims)).distinct()
                    .toList();
            ReductionLayout layout = layouts.get(0);
            if (layouts.size() > 1) {
                rewrite.skipped.add(new SkippedWeight(weight.nodeNames(), weight.name(),
                        "its nodes sum over different axes of it"));
                continue;
            }
            if (layout.length() % pattern.m() != 0) {
                rewrite.skipped.add(new SkippedWeight(weight.nodeNames(), weight.name(), "its reduction length "
                        + layout.length() + " is not a multiple of " + pattern.m()));
                continue;
            }
            float[] before = weight.values();
            float[] after = before.clone();
            pattern.prune(after, dims, layout);
            if (!Arrays.equals(before, after)) {
                rewrite.replace(weight, after);
            }
            rows.add(PruneTables.nmRow(weight, layout, pattern, after));
            tensorCoreLayers += pattern.runsOnSparseTensorCores(layout) ? 1 : 0;
            rewrite.compressed(WeightMeasures.deflatedBytes(before), WeightMeasures.deflatedBytes(after));
        }
        rewrite.sections.addAll(PruneTables.nm(rows));
        rewrite.notes.add(String.format(Locale.ROOT, "on this CPU ONNX Runtime runs %s-sparse weights as dense ones, "
                + "no faster than before. The pattern is for GPUs: NVIDIA's sparse Tensor Cores (Ampere and newer) run "
                + "2:4-sparse layers at up to twice the math throughput, and as a rule of thumb only layers with at "
                + "least %d input and %d output channels gain; %s", pattern, NmPattern.TENSOR_CORE_CHANNELS,
                NmPattern.TENSOR_CORE_CHANNELS, pattern.equals(NmPattern.TWO_OF_FOUR)
                        ? tensorCoreLayers + " of the " + rows.size() + " pruned weights here are that large"
                        : "the sparse Tensor Cores do not run the " + pattern + " pattern"));
        progress.onProgress(1, "pruned " + rows.size() + " weights");
        return rewrite.finish(model, ID, targets);
    }
}
