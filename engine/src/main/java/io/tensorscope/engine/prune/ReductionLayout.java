package io.tensorscope.engine.prune;

import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.onnx.Onnx.NodeProto;

/**
 * Where a layer's weight holds its reduction (input) dimension, the one a multiply-add sums over: {@code MatMul}
 * [.., K, N] along K (one but last axis); {@code Gemm} [K, N] along K, or [N, K] along its last axis with
 * {@code transB = 1}; {@code Conv} [O, I/group, k1, …] along the input channels (axis 1).
 *
 * @param axis           the weight axis summed over
 * @param length         the weight's size along that axis (K, or input channels per group), elements
 * @param outputChannels output channels (N, or O), elements
 */
record ReductionLayout(int axis, long length, long outputChannels) {

    /**
     * @param node a {@code Conv}, {@code Gemm} or {@code MatMul}
     * @param dims the dimensions of its weight (second input)
     * @return the layout of that weight
     */
    static ReductionLayout of(NodeProto node, long[] dims) {
        int rank = dims.length;
        return switch (node.getOpType()) {
            case "Conv" -> new ReductionLayout(1, dims[1], dims[0]);
            case "Gemm" -> NodeAttributes.intOr(node, "transB", 0) != 0 ? new ReductionLayout(1, dims[1], dims[0])
                    : new ReductionLayout(0, dims[0], dims[1]);
            case "MatMul" -> rank == 1 ? new ReductionLayout(0, dims[0], 1)
                    : new ReductionLayout(rank - 2, dims[rank - 2], dims[rank - 1]);
            default -> throw new IllegalArgumentException(node.getOpType() + " has no weight to prune");
        };
    }

    /** @return elements of the axes before the reduction axis, multiplied ({@code dims} of the same weight) */
    long outer(long[] dims) {
        long outer = 1;
        for (int d = 0; d < axis; d++) {
            outer *= dims[d];
        }
        return outer;
    }

    /** @return elements of the axes after the reduction axis, multiplied: the stride between reduction steps */
    long inner(long[] dims) {
        long inner = 1;
        for (int d = axis + 1; d < dims.length; d++) {
            inner *= dims[d];
        }
        return inner;
    }
}
