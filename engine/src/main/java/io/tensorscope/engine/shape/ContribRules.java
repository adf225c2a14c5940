package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import java.util.Arrays;
import java.util.Map;

/**
 * ONNX Runtime's contrib operators ({@code com.microsoft}) that its graph optimiser writes into the models it saves:
 * fused convolutions, products and activations, SkipLayerNormalization, Attention, EmbedLayerNormalization and the
 * quantized element-wise operators.
 */
final class ContribRules {

    private ContribRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("FusedConv", n -> n.set(0, n.type(0), ConvRules.conv(n, 0, 1)));
        rules.put("FusedGemm", MatMulRules::gemm);
        rules.put("FusedMatMul", ContribRules::fusedMatMul);
        for (String op : new String[] {"BiasGelu", "FastGelu", "Gelu", "QuickGelu", "BiasAdd", "BiasSoftmax"}) {
            rules.put(op, n -> n.set(0, n.type(0), n.dims(0)));
        }
        rules.put("SkipLayerNormalization", ContribRules::skipLayerNormalization);
        rules.put("DynamicQuantizeMatMul", n -> n.set(0, ElementType.FLOAT, MatMulRules.matmul(n, 0, 1)));
        rules.put("MatMulIntegerToFloat", n -> n.set(0, ElementType.FLOAT, MatMulRules.matmul(n, 0, 1)));
        rules.put("Attention", ContribRules::attention);
        rules.put("EmbedLayerNormalization", ContribRules::embedLayerNormalization);
        for (String op : new String[] {"QLinearAdd", "QLinearMul"}) {
            rules.put(op, n -> n.set(0, n.type(0), Dims.broadcast(n.dims(0), n.dims(3))));
        }
    }

    /** MatMul of A and B, each with its last two dimensions swapped when {@code transA} / {@code transB} say so. */
    private static void fusedMatMul(NodeContext n) {
        long[] a = transposedIf(n.dims(0), n.attrInt("transA", 0) != 0);
        long[] b = transposedIf(n.dims(1), n.attrInt("transB", 0) != 0);
        n.set(0, n.type(0), MatMulRules.matmul(n, a, b));
    }

    private static long[] transposedIf(long[] dims, boolean transposed) {
        if (!transposed || dims.length < 2) {
            return dims;
        }
        long[] out = Arrays.copyOf(dims, dims.length);
        out[dims.length - 1] = dims[dims.length - 2];
        out[dims.length - 2] = dims[dims.length - 1];
        return out;
    }

    /** Output and the optional input+skip+bias sum have the input's shape; mean and inverse deviation end in 1. */
    private static void skipLayerNormalization(NodeContext n) {
        long[] in = n.dims(0);
        n.set(0, n.type(0), in);
        long[] reduced = Arrays.copyOf(in, in.length);
        reduced[in.length - 1] = 1;
        n.set(1, ElementType.FLOAT, reduced);
        n.set(2, ElementType.FLOAT, reduced);
        n.set(3, n.type(0), in);
    }

    /** [batch, sequence, hidden in] with weights [hidden in, 3·hidden] (or qkv_hidden_sizes) → [batch, sequence, v]. */
    private static void attention(NodeContext n) {
        long[] in = n.dims(0);
        long[] sizes = n.attrInts("qkv_hidden_sizes");
        long hidden = sizes != null && sizes.length == 3 ? sizes[2] : n.dims(1)[1] / 3;
        n.set(0, n.type(0), new long[] {in[0], in[1], hidden});
    }

    /** input_ids [batch, sequence] and the word embedding [vocabulary, hidden] → [batch, sequence, hidden], mask [batch]. */
    private static void embedLayerNormalization(NodeContext n) {
        long[] ids = n.dims(0);
        long hidden = n.dims(2)[1];
        n.set(0, n.type(2), new long[] {ids[0], ids[1], hidden});
        n.set(1, ElementType.INT32, new long[] {ids[0]});
    }
}
