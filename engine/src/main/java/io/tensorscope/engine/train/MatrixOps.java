package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.core.Linear;
import java.util.Map;

/** Gemm (transA, transB, alpha, beta) and MatMul (numpy semantics, batched). */
final class MatrixOps {

    private MatrixOps() {
    }

    static void register(Map<String, OpBinder> ops) {
        ops.put("MatMul", spec -> in -> in.get(0).matMul(in.get(1)));
        ops.put("Gemm", MatrixOps::gemm);
    }

    /** alpha·A′·B′ + beta·C; the common case (transB, alpha = beta = 1) runs as one fused linear kernel. */
    private static NodeOp gemm(NodeSpec spec) {
        boolean transA = spec.intOr("transA", 0) != 0;
        boolean transB = spec.intOr("transB", 0) != 0;
        float alpha = spec.floatOr("alpha", 1f);
        float beta = spec.floatOr("beta", 1f);
        if (!transA && transB && alpha == 1f && beta == 1f) {
            return in -> Linear.linear(in.get(0), in.get(1), in.get(2)).singletonOrThrow();
        }
        return in -> {
            NDArray a = transA ? in.get(0).transpose() : in.get(0);
            NDArray b = transB ? in.get(1).transpose() : in.get(1);
            NDArray y = a.matMul(b);
            y = alpha == 1f ? y : y.mul(alpha);
            NDArray c = in.get(2);
            return c == null ? y : y.add(beta == 1f ? c : c.mul(beta));
        };
    }
}
