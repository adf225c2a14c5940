package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import java.util.Arrays;
import java.util.Map;

/** Matrix products: {@code MatMul} (numpy semantics), {@code Gemm}, {@code MatMulInteger}, {@code QLinearMatMul}. */
final class MatMulRules {

    private MatMulRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("MatMul", n -> n.set(0, n.type(0), matmul(n, 0, 1)));
        rules.put("MatMulInteger", n -> n.set(0, ElementType.INT32, matmul(n, 0, 1)));
        rules.put("QLinearMatMul", n -> n.set(0, quantizedType(n, 7), matmul(n, 0, 3)));
        rules.put("Gemm", MatMulRules::gemm);
    }

    /** @return the element type of a zero-point input, uint8 when it is omitted */
    static ElementType quantizedType(NodeContext n, int zeroPointInput) {
        return n.has(zeroPointInput) && n.type(zeroPointInput) != ElementType.UNDEFINED
                ? n.type(zeroPointInput) : ElementType.UINT8;
    }

    /** numpy matmul: 1-D operands get a dimension prepended (A) or appended (B) that the result drops. */
    static long[] matmul(NodeContext n, int aInput, int bInput) {
        return matmul(n, n.dims(aInput), n.dims(bInput));
    }

    /** numpy matmul of operands of sizes {@code a} and {@code b}. */
    static long[] matmul(NodeContext n, long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            throw n.mismatch("operands must not be scalars");
        }
        long[] a2 = a.length == 1 ? new long[] {1, a[0]} : a;
        long[] b2 = b.length == 1 ? new long[] {b[0], 1} : b;
        long k = a2[a2.length - 1];
        if (k != b2[b2.length - 2]) {
            throw n.mismatch("inner dimensions differ: " + Dims.text(a) + " times " + Dims.text(b));
        }
        long[] batch = Dims.broadcast(Arrays.copyOf(a2, a2.length - 2), Arrays.copyOf(b2, b2.length - 2));
        long[] out = Dims.concat(batch, new long[] {a2[a2.length - 2], b2[b2.length - 1]});
        int drop = (a.length == 1 ? 1 : 0) + (b.length == 1 ? 1 : 0);
        if (a.length == 1) {
            out = Dims.concat(Arrays.copyOf(out, out.length - 2), new long[] {out[out.length - 1]});
        }
        return b.length == 1 ? Arrays.copyOf(out, batch.length + 2 - drop) : out;
    }

    /** Y = alpha·A'·B' + beta·C with A' of M×K, B' of K×N (after transA/transB); C must broadcast to M×N. */
    static void gemm(NodeContext n) {
        long[] a = n.dims(0);
        long[] b = n.dims(1);
        if (a.length != 2 || b.length != 2) {
            throw n.mismatch("A and B must be matrices, got " + Dims.text(a) + " and " + Dims.text(b));
        }
        boolean transA = n.attrInt("transA", 0) != 0;
        boolean transB = n.attrInt("transB", 0) != 0;
        long m = transA ? a[1] : a[0];
        long k = transA ? a[0] : a[1];
        long kb = transB ? b[1] : b[0];
        long cols = transB ? b[0] : b[1];
        if (k != kb) {
            throw n.mismatch("inner dimensions differ: " + Dims.text(a) + " times " + Dims.text(b));
        }
        long[] out = {m, cols};
        if (n.has(2) && n.input(2).shape().isKnown()) {
            Dims.broadcast(out, n.dims(2));
        }
        n.set(0, n.type(0), out);
    }
}
