package io.tensorscope.engine.prune;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The weights a pruning pass may change: every float32 initializer read as the weight (second input) of
 * {@code Conv}, {@code Gemm} or {@code MatMul}, restricted to the nodes of the layer list when one is given. A weight
 * some other node also reads, or that a layer outside the list shares, is left alone (changing it would change that
 * node too). Weights held by {@code Constant} nodes are not pruned.
 *
 * @param weights  the weights to prune, in the order the graph first reads them
 * @param skipped  weights that could have been pruned but were left alone, with the reason
 * @param excluded prunable nodes the layer list leaves out
 * @param warnings layer-list entries with nothing to prune, or that the model has no prunable weight
 */
record PruneTargets(List<PrunableWeight> weights, List<SkippedWeight> skipped, List<String> excluded,
                    List<String> warnings) {

    /** The option naming the nodes to prune. */
    static final String LAYERS_NAME = "layers";
    /** The layer list: both unstructured pruning passes take it. */
    static final PassOption LAYERS = PassOption.list(LAYERS_NAME,
            "Prune only these nodes (names separated by commas); every Conv, Gemm and MatMul by default");

    private static final Set<String> WEIGHTED_OPS = Set.of("Conv", "Gemm", "MatMul");

    PruneTargets {
        weights = List.copyOf(weights);
        skipped = List.copyOf(skipped);
        excluded = List.copyOf(excluded);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param model  the model to prune
     * @param layers node names to restrict pruning to; empty for every node
     * @return what to prune, what to leave alone and why
     * @throws TensorscopeException {@code BAD_ARGUMENT} naming every entry of {@code layers} that is no node of
     *                              {@code model}
     */
    static PruneTargets find(Model model, List<String> layers) throws TensorscopeException {
        Set<String> nodeNames = new HashSet<>();
        model.graph().getNodeList().forEach(n -> nodeNames.add(n.getName()));
        List<String> unknown = layers.stream().filter(l -> !nodeNames.contains(l)).toList();
        if (!unknown.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "the layers to prune name no node of "
                    + model.name() + ": " + String.join(", ", unknown));
        }
        Set<String> listed = new LinkedHashSet<>(layers);
        GraphIndex index = model.index();
        List<PrunableWeight> weights = new ArrayList<>();
        List<SkippedWeight> skipped = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> withWeight = new HashSet<>();
        for (NodeProto node : model.graph().getNodeList()) {
            TensorProto weight = weightOf(node, index);
            if (weight == null) {
                continue;
            }
            withWeight.add(node.getName());
            if (!seen.add(weight.getName())) {
                continue;
            }
            List<NodeProto> readers = index.consumers(weight.getName());
            String names = readers.stream().map(NodeProto::getName).collect(Collectors.joining(", "));
            List<NodeProto> others = readers.stream().filter(r -> !readsAsWeight(r, weight.getName())).toList();
            List<NodeProto> outside = readers.stream().filter(r -> !listed.isEmpty() && !listed.contains(r.getName()))
                    .toList();
            if (!others.isEmpty()) {
                skipped.add(new SkippedWeight(names, weight.getName(), "also read by " + describe(others)
                        + ", which does not use it as a Conv, Gemm or MatMul weight"));
            } else if (outside.size() == readers.size()) {
                readers.forEach(r -> excluded.add(r.getName()));
            } else if (!outside.isEmpty()) {
                skipped.add(new SkippedWeight(names, weight.getName(), "shared with " + describe(outside)
                        + ", which the layer list leaves out"));
            } else {
                weights.add(new PrunableWeight(weight, readers));
            }
        }
        List<String> warnings = new ArrayList<>();
        List<String> nothing = listed.stream().filter(l -> !withWeight.contains(l)).toList();
        if (!nothing.isEmpty()) {
            warnings.add("the layer list names nodes without a constant float32 Conv, Gemm or MatMul weight: "
                    + String.join(", ", nothing));
        }
        if (withWeight.isEmpty()) {
            warnings.add("no Conv, Gemm or MatMul of " + model.name() + " reads a constant float32 weight, so there "
                    + "is nothing to prune");
        }
        return new PruneTargets(weights, skipped, excluded, warnings);
    }

    /** @return the float32 initializer {@code node} reads as its weight (second input), or null */
    private static TensorProto weightOf(NodeProto node, GraphIndex index) {
        if (!WEIGHTED_OPS.contains(node.getOpType()) || node.getInputCount() < 2) {
            return null;
        }
        TensorProto weight = index.initializer(node.getInput(1));
        return weight != null && weight.getDataType() == ElementType.FLOAT.onnxCode() ? weight : null;
    }

    /** @return whether {@code node} reads {@code tensor} as its weight and as nothing else */
    private static boolean readsAsWeight(NodeProto node, String tensor) {
        if (!WEIGHTED_OPS.contains(node.getOpType())) {
            return false;
        }
        for (int k = 0; k < node.getInputCount(); k++) {
            if ((k == 1) != node.getInput(k).equals(tensor)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<NodeProto> nodes) {
        return nodes.stream().map(n -> n.getName() + " (" + n.getOpType() + ")").collect(Collectors.joining(", "));
    }
}
