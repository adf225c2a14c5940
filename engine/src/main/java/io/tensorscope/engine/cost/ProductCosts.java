package io.tensorscope.engine.cost;

import io.tensorscope.engine.shape.EinsumSubscripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Costs of matrix products, convolutions, pools and recurrent layers, where the work per output element depends on a
 * contracted dimension, a window or a hidden state. Integer variants are counted like their float counterparts.
 */
final class ProductCosts {

    private ProductCosts() {
    }

    static void register(Map<String, CostRule> rules) {
        rules.put("MatMul", n -> matmul(n, 0));
        rules.put("MatMulInteger", n -> matmul(n, 0));
        rules.put("QLinearMatMul", n -> matmul(n, 0));
        rules.put("Gemm", ProductCosts::gemm);
        rules.put("Conv", n -> conv(n, 1, 2));
        rules.put("ConvInteger", n -> conv(n, 1, -1));
        rules.put("QLinearConv", n -> conv(n, 3, 8));
        rules.put("ConvTranspose", ProductCosts::convTranspose);
        rules.put("MaxPool", ProductCosts::pool);
        rules.put("AveragePool", ProductCosts::pool);
        rules.put("LpPool", ProductCosts::pool);
        rules.put("Einsum", ProductCosts::einsum);
        rules.put("RNN", n -> recurrent(n, 1, 1));
        rules.put("GRU", n -> recurrent(n, 3, 3));
        rules.put("LSTM", n -> recurrent(n, 4, 6));
    }

    /**
     * A multiply-add (2) per index combination for a product of operands; one operation per combination for a single
     * operand (a sum, a transpose, a diagonal).
     */
    private static long einsum(NodeShapes n) {
        List<long[]> operands = new ArrayList<>();
        for (int i = 0; n.has(i); i++) {
            operands.add(n.in(i));
        }
        long space = EinsumSubscripts.bind(n.attrString("equation", ""), operands).indexSpace();
        return operands.size() > 1 ? 2 * space : space;
    }

    /**
     * Per time step, direction and batch row: each gate's two products (input·W and hidden·R: 2·hidden·(input +
     * hidden)), plus {@code elementwisePerHidden} operations per hidden unit (bias adds, activations, the state
     * update); times the sequence length, directions and batch of {@code Y} [sequence, directions, batch, hidden].
     */
    private static long recurrent(NodeShapes n, int gates, int elementwisePerHidden) {
        long[] x = n.in(0);
        long[] w = n.in(1);
        long input = x[2];
        long hidden = n.in(2)[2];
        long steps = n.inElements(0) / input * w[0];
        return steps * (gates * 2 * hidden * (input + hidden) + elementwisePerHidden * hidden);
    }

    /** 2·K per output element, K = last dimension of A. */
    static long matmul(NodeShapes n, int aInput) {
        long[] a = n.in(aInput);
        return 2 * n.outElements(0) * a[a.length - 1];
    }

    /** 2·M·N·K, plus M·N additions when C is given. */
    static long gemm(NodeShapes n) {
        long[] a = n.in(0);
        long k = n.attrInt("transA", 0) != 0 ? a[0] : a[1];
        long out = n.outElements(0);
        return 2 * out * k + (n.has(2) ? out : 0);
    }

    /** 2·(C/group)·k1·…·kn per output element (W's sizes after the first), plus 1 per output for a bias. */
    static long conv(NodeShapes n, int wInput, int biasInput) {
        long out = n.outElements(0);
        return 2 * out * perOutput(n.in(wInput)) + (biasInput >= 0 && n.has(biasInput) ? out : 0);
    }

    /** Every input element meets (M/group)·k1·…·kn weights: 2 per multiply-add, plus 1 per output for a bias. */
    private static long convTranspose(NodeShapes n) {
        return 2 * n.inElements(0) * perOutput(n.in(1)) + (n.has(2) ? n.outElements(0) : 0);
    }

    /** Kernel elements per output element (one compare or add each); unknown without {@code kernel_shape}. */
    private static long pool(NodeShapes n) {
        long[] kernel = n.attrInts("kernel_shape");
        if (kernel == null) {
            return CostRule.UNKNOWN;
        }
        long window = 1;
        for (long k : kernel) {
            window *= k;
        }
        return n.outElements(0) * window;
    }

    private static long perOutput(long[] weight) {
        long m = 1;
        for (int i = 1; i < weight.length; i++) {
            m *= weight[i];
        }
        return m;
    }
}
