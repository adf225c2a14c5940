package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.NodeAttributes;
import java.util.Arrays;
import java.util.Map;

/**
 * Operators that move or select data: Flatten, Reshape, Transpose, Concat, Unsqueeze, Squeeze, Shape, Gather (an
 * embedding lookup when the table is a weight), Slice and Cast. Shapes and axes given as tensors are read when the node
 * runs, so shape subgraphs (Shape → Gather → Concat → Reshape) work at any batch size.
 */
final class ShapeOps {

    private ShapeOps() {
    }

    static void register(Map<String, OpBinder> ops) {
        ops.put("Flatten", ShapeOps::flatten);
        ops.put("Reshape", ShapeOps::reshape);
        ops.put("Transpose", ShapeOps::transpose);
        ops.put("Concat", ShapeOps::concat);
        ops.put("Unsqueeze", ShapeOps::unsqueeze);
        ops.put("Squeeze", ShapeOps::squeeze);
        ops.put("Shape", ShapeOps::shape);
        ops.put("Gather", ShapeOps::gather);
        ops.put("Cast", ShapeOps::cast);
        ops.put("Slice", ShapeOps::slice);
    }

    private static NodeOp flatten(NodeSpec spec) {
        int axis = Math.toIntExact(spec.intOr("axis", 1));
        return in -> {
            Shape s = in.get(0).getShape();
            int a = axis < 0 ? axis + s.dimension() : axis;
            return in.get(0).reshape(s.slice(0, a).size(), s.slice(a).size());
        };
    }

    /** Reshape: 0 copies the input's size on that axis (unless {@code allowzero}), −1 is inferred. */
    private static NodeOp reshape(NodeSpec spec) {
        boolean allowZero = spec.intOr("allowzero", 0) != 0;
        return in -> {
            long[] target = in.longs(1);
            long[] dims = in.get(0).getShape().getShape();
            for (int i = 0; i < target.length && !allowZero; i++) {
                target[i] = target[i] == 0 ? dims[i] : target[i];
            }
            return in.get(0).reshape(new Shape(target));
        };
    }

    private static NodeOp transpose(NodeSpec spec) {
        long[] perm = spec.ints("perm");
        if (perm == null) {
            return in -> in.get(0).transpose();
        }
        int[] axes = Arrays.stream(perm).mapToInt(Math::toIntExact).toArray();
        return in -> in.get(0).transpose(axes);
    }

    private static NodeOp concat(NodeSpec spec) {
        int axis = Math.toIntExact(spec.intOr("axis", 0));
        return in -> NDArrays.concat(new NDList(in.arrays()), axis);
    }

    /** Unsqueeze: axes from the attribute before opset 13, from input 1 since; counted in the output's rank. */
    private static NodeOp unsqueeze(NodeSpec spec) {
        long[] attribute = spec.ints("axes");
        return in -> {
            NDArray x = in.get(0);
            long[] axes = attribute != null ? attribute : in.longs(1);
            int rank = x.getShape().dimension() + axes.length;
            int[] sorted = Arrays.stream(axes).mapToInt(a -> (int) (a < 0 ? a + rank : a)).sorted().toArray();
            for (int a : sorted) {
                x = x.expandDims(a);
            }
            return x;
        };
    }

    /** Squeeze: the given axes (attribute before opset 13, input 1 since), or every axis of size 1. */
    private static NodeOp squeeze(NodeSpec spec) {
        long[] attribute = spec.ints("axes");
        return in -> {
            NDArray x = in.get(0);
            long[] axes = attribute != null ? attribute : in.get(1) != null ? in.longs(1) : null;
            if (axes == null) {
                return x.squeeze();
            }
            int rank = x.getShape().dimension();
            return x.squeeze(Arrays.stream(axes).mapToInt(a -> (int) (a < 0 ? a + rank : a)).toArray());
        };
    }

    /** Shape: the input's sizes as int64, optionally sliced by {@code start} / {@code end} (opset 15). */
    private static NodeOp shape(NodeSpec spec) {
        long start = spec.intOr("start", 0);
        Long end = NodeAttributes.find(spec.node(), "end") == null ? null : spec.intOr("end", 0);
        return in -> {
            long[] dims = in.get(0).getShape().getShape();
            int from = (int) (start < 0 ? start + dims.length : start);
            int to = end == null ? dims.length : (int) (end < 0 ? end + dims.length : Math.min(end, dims.length));
            long[] sizes = Arrays.copyOfRange(dims, from, Math.max(from, to));
            return in.scope().create(sizes, new Shape(sizes.length));
        };
    }

    /** Gather: {@code data[:, …, indices, …]} on {@code axis}; the output takes the indices' shape there. */
    private static NodeOp gather(NodeSpec spec) {
        int axis = Math.toIntExact(spec.intOr("axis", 0));
        return in -> {
            NDArray data = in.get(0);
            int a = axis < 0 ? axis + data.getShape().dimension() : axis;
            NDArray indices = in.get(1).toType(DataType.INT64, false);
            return data.get(new NDIndex(":, ".repeat(a) + "{}", indices));
        };
    }

    /**
     * Slice: starts, ends, axes and steps from attributes before opset 10, from inputs since; bounds clamped to the
     * axis as ONNX does. Negative steps are refused (PyTorch slices forwards only).
     */
    private static NodeOp slice(NodeSpec spec) {
        boolean fromAttributes = spec.opset() < 10;
        return in -> {
            NDArray x = in.get(0);
            long[] dims = x.getShape().getShape();
            long[] starts = fromAttributes ? spec.ints("starts") : in.longs(1);
            long[] ends = fromAttributes ? spec.ints("ends") : in.longs(2);
            long[] axes = fromAttributes ? spec.ints("axes") : in.get(3) == null ? null : in.longs(3);
            long[] steps = fromAttributes || in.get(4) == null ? null : in.longs(4);
            long[][] ranges = new long[dims.length][];
            for (int i = 0; i < starts.length; i++) {
                int axis = (int) (axes == null ? i : axes[i] < 0 ? axes[i] + dims.length : axes[i]);
                long step = steps == null ? 1 : steps[i];
                if (step < 1) {
                    throw new IllegalArgumentException("node " + spec.name() + " (Slice) steps by " + step
                            + "; the trainer slices with positive steps only");
                }
                ranges[axis] = new long[] {clamp(starts[i], dims[axis]), clamp(ends[i], dims[axis]), step};
            }
            NDIndex index = new NDIndex();
            for (long[] r : ranges) {
                index = r == null ? index.addAllDim() : index.addSliceDim(r[0], Math.max(r[0], r[1]), r[2]);
            }
            return x.get(index);
        };
    }

    /** @return an ONNX slice bound (negative: from the end) clamped to 0..size */
    private static long clamp(long bound, long size) {
        return Math.max(0, Math.min(size, bound < 0 ? bound + size : bound));
    }

    private static NodeOp cast(NodeSpec spec) throws TensorscopeException {
        long to = spec.intOr("to", 0);
        DataType type = switch ((int) to) {
            case 1 -> DataType.FLOAT32;
            case 6 -> DataType.INT32;
            case 7 -> DataType.INT64;
            case 9 -> DataType.BOOLEAN;
            case 11 -> DataType.FLOAT64;
            default -> throw spec.refuse("Cast to ONNX type " + to + " is not supported (float, double, int32, int64 "
                    + "and bool are)");
        };
        return in -> in.get(0).toType(type, false);
    }
}
