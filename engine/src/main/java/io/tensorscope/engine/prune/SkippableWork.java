package io.tensorscope.engine.prune;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.Map;
import java.util.Optional;

/**
 * The most a runtime with sparse kernels could skip of a pruned model's work: the multiply-adds by zero weights.
 * Each weight of a Conv, Gemm or MatMul takes part in equally many multiply-adds, so a layer whose weight has
 * sparsity s could skip at most the fraction s of its FLOPs; weighted by the layers' FLOPs (from the cost model, at the
 * default input sizes: batch 1, sequence length 128) that gives the share of the pruned layers and of the whole model.
 *
 * @param ofPrunedLayers fraction of the pruned layers' FLOPs
 * @param ofModel        fraction of the model's FLOPs
 */
record SkippableWork(double ofPrunedLayers, double ofModel) {

    /**
     * @param model    the model before pruning (the same shapes and costs as after)
     * @param sparsity weight name → fraction of its values that are zero after pruning
     * @return the share of work the zeros could save, or empty when the model's shapes or the pruned layers' costs
     * cannot be worked out at the default input sizes
     */
    static Optional<SkippableWork> of(Model model, Map<String, Double> sparsity) {
        ModelAnalysis analysis;
        try {
            analysis = ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
        } catch (TensorscopeException e) {
            return Optional.empty();
        }
        double skippable = 0;
        double pruned = 0;
        for (NodeCost cost : analysis.nodes()) {
            NodeProto node = model.graph().getNode(cost.index());
            Double s = node.getInputCount() > 1 ? sparsity.get(node.getInput(1)) : null;
            if (s == null) {
                continue;
            }
            if (!cost.costKnown()) {
                return Optional.empty();
            }
            skippable += s * cost.flops();
            pruned += cost.flops();
        }
        long total = analysis.totals().flops();
        return pruned == 0 || total == 0 ? Optional.empty()
                : Optional.of(new SkippableWork(skippable / pruned, skippable / total));
    }
}
