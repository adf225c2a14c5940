package io.tensorscope.engine.cost;

import java.util.Map;

/**
 * Costs of ONNX Runtime's contrib operators ({@code com.microsoft}), counted like the standard operators they fuse:
 * FusedConv, FusedGemm and FusedMatMul as their product (the fused activation adds 1 per output), BiasGelu as Add
 * then Gelu (1 + 5 per output), FastGelu 8, Gelu 5, SkipLayerNormalization as two adds and a LayerNormalization (9),
 * the quantized products as their float counterparts, Attention as its Q/K/V projection, scores, softmax and
 * weighted sum, EmbedLayerNormalization as three lookups' adds and a LayerNormalization.
 */
final class ContribCosts {

    private ContribCosts() {
    }

    static void register(Map<String, CostRule> rules) {
        rules.put("FusedConv", n -> ProductCosts.conv(n, 1, 2) + n.outElements(0));
        rules.put("FusedGemm", n -> ProductCosts.gemm(n) + n.outElements(0));
        rules.put("FusedMatMul", ContribCosts::fusedMatMul);
        rules.put("BiasGelu", n -> 6 * n.outElements(0));
        rules.put("FastGelu", n -> 8 * n.outElements(0));
        rules.put("Gelu", n -> 5 * n.outElements(0));
        rules.put("QuickGelu", n -> 3 * n.outElements(0));
        rules.put("BiasAdd", n -> n.outElements(0));
        rules.put("SkipLayerNormalization", n -> 9 * n.outElements(0));
        rules.put("DynamicQuantizeMatMul", n -> ProductCosts.matmul(n, 0) + 4 * n.inElements(0));
        rules.put("MatMulIntegerToFloat", n -> ProductCosts.matmul(n, 0));
        rules.put("QLinearAdd", n -> n.outElements(0));
        rules.put("QLinearMul", n -> n.outElements(0));
        rules.put("Attention", ContribCosts::attention);
        rules.put("EmbedLayerNormalization", n -> (2 + 7) * n.outElements(0));
    }

    /** 2·K per output element, K = A's last dimension, or its second last when transposed. */
    private static long fusedMatMul(NodeShapes n) {
        long[] a = n.in(0);
        long k = n.attrInt("transA", 0) != 0 && a.length >= 2 ? a[a.length - 2] : a[a.length - 1];
        return 2 * n.outElements(0) * k;
    }

    /**
     * Input [B, S, Hin], weights [Hin, 3H], {@code num_heads} heads: 2·B·S·Hin·3H (Q, K, V), 2·B·S·S·H (scores),
     * 5·B·heads·S·S (softmax), 2·B·S·S·H (weighted sum of V).
     */
    private static long attention(NodeShapes n) {
        long[] x = n.in(0);
        long[] w = n.in(1);
        long b = x[0];
        long s = x[1];
        long h = w[1] / 3;
        long heads = n.attrInt("num_heads", 1);
        return 2 * b * s * x[2] * w[1] + 4 * b * s * s * h + 5 * b * heads * s * s;
    }
}
