package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/** Softmax and LogSoftmax (opset 13's one axis, or the older flattened form), ReduceMean and ReduceSum. */
final class ReduceOps {

    private ReduceOps() {
    }

    static void register(Map<String, OpBinder> ops) {
        ops.put("Softmax", spec -> softmax(spec, NDArray::softmax));
        ops.put("LogSoftmax", spec -> softmax(spec, NDArray::logSoftmax));
        ops.put("ReduceMean", spec -> reduce(spec, NDArray::mean));
        ops.put("ReduceSum", spec -> reduce(spec, NDArray::sum));
    }

    /** A reduction over some axes, keeping them (size 1): {@code NDArray::mean}, {@code NDArray::sum}. */
    @FunctionalInterface
    interface Reduction {
        NDArray apply(NDArray x, int[] axes, boolean keepDims);
    }

    /** @return {@code x} reduced over {@code axes} one axis at a time (PyTorch's engine reduces one per call), kept */
    static NDArray overAxes(NDArray x, int[] axes, Reduction f) {
        for (int a : axes) {
            x = f.apply(x, new int[] {a}, true);
        }
        return x;
    }

    /** Before opset 13 the input is flattened to 2-D at {@code axis} (default 1); since, one axis (default −1). */
    private static NodeOp softmax(NodeSpec spec, BiFunction<NDArray, Integer, NDArray> f) {
        boolean flattened = spec.opset() < 13;
        int axis = Math.toIntExact(spec.intOr("axis", flattened ? 1 : -1));
        return in -> {
            NDArray x = in.get(0);
            int a = axis < 0 ? axis + x.getShape().dimension() : axis;
            if (!flattened || a == x.getShape().dimension() - 1) {
                return f.apply(x, a);
            }
            Shape shape = x.getShape();
            return f.apply(x.reshape(shape.slice(0, a).size(), shape.slice(a).size()), 1).reshape(shape);
        };
    }

    /** Axes from the attribute (before ReduceSum-13 / ReduceMean-18) or input 1; none means all (or none, by flag). */
    private static NodeOp reduce(NodeSpec spec, Reduction f) {
        boolean keep = spec.intOr("keepdims", 1) != 0;
        boolean noopWithoutAxes = spec.intOr("noop_with_empty_axes", 0) != 0;
        long[] attribute = spec.ints("axes");
        return in -> {
            NDArray x = in.get(0);
            int rank = x.getShape().dimension();
            long[] given = attribute != null ? attribute : in.get(1) != null ? in.longs(1) : null;
            if (given == null && noopWithoutAxes) {
                return x;
            }
            int[] axes = given == null ? IntStream.range(0, rank).toArray()
                    : Arrays.stream(given).mapToInt(a -> (int) (a < 0 ? a + rank : a)).sorted().toArray();
            NDArray y = overAxes(x, axes, f);
            return keep ? y : y.squeeze(axes);
        };
    }
}
