package io.tensorscope.profiler.advice;

import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Matrix products and convolutions reading large float32 weights at a low arithmetic intensity: they are bound by
 * memory, and int8 weights move a quarter of the bytes.
 */
final class LargeFloatWeightsRule implements AdviceRule {

    /** Weights of at least this many bytes are reported. */
    static final long MIN_WEIGHT_BYTES = 1L << 20;
    /** Below this many FLOPs per byte a layer is taken as memory-bound (below any CPU's ridge point). */
    static final double MEMORY_BOUND_INTENSITY = 4;
    private static final Set<String> PRODUCTS = Set.of("MatMul", "Gemm", "Conv");

    @Override
    public String id() {
        return "large-float-weights";
    }

    @Override
    public List<Finding> check(AdviceInput input) {
        Map<NodeCost, Long> heavy = new LinkedHashMap<>();
        for (NodeCost n : input.analysis().nodes()) {
            long bytes = PRODUCTS.contains(n.opType()) && n.costKnown() ? floatWeightBytes(input, n) : 0;
            if (bytes >= MIN_WEIGHT_BYTES && n.arithmeticIntensity() < MEMORY_BOUND_INTENSITY) {
                heavy.put(n, bytes);
            }
        }
        if (heavy.isEmpty()) {
            return List.of();
        }
        long bytes = heavy.values().stream().mapToLong(Long::longValue).sum();
        Map.Entry<NodeCost, Long> biggest = heavy.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return List.of(new Finding(id(), Severity.INFO, String.format(Locale.ROOT,
                        "%d memory-bound layer%s %.1f MiB of float32 weights", heavy.size(),
                        heavy.size() == 1 ? " holds" : "s hold", bytes / (double) (1 << 20)),
                String.format(Locale.ROOT, "largest: %s (%s), %.1f MiB at %.2f FLOP/byte", biggest.getKey().name(),
                        biggest.getKey().opType(), biggest.getValue() / (double) (1 << 20),
                        biggest.getKey().arithmeticIntensity()),
                "int8 weights move 4x fewer bytes: try dynamic int8 (no data needed) or static int8",
                heavy.keySet().stream().map(NodeCost::name).toList()));
    }

    private static long floatWeightBytes(AdviceInput input, NodeCost node) {
        long bytes = 0;
        for (String name : node.inputs()) {
            TensorProto weight = input.model().index().constantValue(name);
            if (weight != null && ElementType.fromOnnx(weight.getDataType()) == ElementType.FLOAT) {
                bytes += ElementType.FLOAT.bytesFor(io.tensorscope.engine.model.Tensors.elementCount(weight));
            }
        }
        return bytes;
    }
}
