package io.tensorscope.engine.prune.channel;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Arrays;

/**
 * Reads what a Split or a Slice does to the axis that carries a group's channels, following the opset: a Split's
 * sizes are its {@code split} attribute before opset 13 and its second input from 13, or equal parts when absent
 * (the last one smaller from opset 18, as {@code num_outputs} splits); a Slice's starts, ends and axes are
 * attributes before opset 10 and int64 inputs (initializers or Constant nodes) from 10, with optional steps.
 */
final class AxisCutReader {

    private AxisCutReader() {
    }

    /**
     * What a node does to the channel axis.
     *
     * @param entry   which of the node's cut axes is the channel axis (see {@link AxisCut#entry()})
     * @param bounds  where its segments start and end on that axis, or null when it leaves the axis whole
     * @param refusal why the node cannot be followed, or null
     */
    record Reading(int entry, int[] bounds, String refusal) {

        private static final Reading WHOLE = new Reading(0, null, null);

        private static Reading refused(String reason) {
            return new Reading(0, null, reason);
        }
    }

    /**
     * @param axis the channel axis of the input, {@code rank} its rank and {@code size} its size along that axis
     * @return the Split's segments along {@code axis}, or whole when it splits another axis
     */
    static Reading split(NodeProto node, GraphIndex index, long opset, int axis, int rank, long size) {
        if (normalized(NodeAttributes.intOr(node, "axis", 0), rank) != axis) {
            return Reading.WHOLE;
        }
        long[] sizes = opset < 13 ? NodeAttributes.ints(node, "split") : null;
        if (opset >= 13 && present(node, 1)) {
            sizes = constantLongs(index, node.getInput(1));
            if (sizes == null) {
                return Reading.refused("has split sizes that are not int64 constants");
            }
        }
        int outputs = node.getOutputCount();
        if (sizes == null) {
            long part = opset >= 18 ? (size + outputs - 1) / outputs : size / outputs;
            sizes = new long[outputs];
            for (int j = 0; j < outputs; j++) {
                sizes[j] = Math.max(0, Math.min(part, size - j * part));
            }
        }
        if (sizes.length != outputs || Arrays.stream(sizes).anyMatch(s -> s < 0) || Arrays.stream(sizes).sum() != size) {
            return Reading.refused("has split sizes " + Arrays.toString(sizes) + " that do not add up to " + size);
        }
        int[] bounds = new int[outputs + 1];
        for (int j = 0; j < outputs; j++) {
            bounds[j + 1] = Math.toIntExact(bounds[j] + sizes[j]);
        }
        return new Reading(0, bounds, null);
    }

    /**
     * @param axis the channel axis of the input, {@code rank} its rank and {@code size} its size along that axis
     * @return the range the Slice keeps of {@code axis}, or whole when its axes leave it out
     */
    static Reading slice(NodeProto node, GraphIndex index, long opset, int axis, int rank, long size) {
        boolean attributes = opset < 10;
        long[] starts = attributes ? NodeAttributes.ints(node, "starts") : constantLongs(index, node.getInput(1));
        long[] ends = attributes ? NodeAttributes.ints(node, "ends") : constantLongs(index, node.getInput(2));
        long[] axes = attributes ? NodeAttributes.ints(node, "axes") : null;
        if (!attributes && present(node, 3)) {
            axes = constantLongs(index, node.getInput(3));
            if (axes == null) {
                return Reading.refused("has axes that are not int64 constants");
            }
        }
        if (axes == null && starts == null) {
            return Reading.refused("has starts that are not int64 constants, and no axes");
        }
        int entry = -1;
        int count = axes != null ? axes.length : starts.length;
        for (int e = 0; e < count; e++) {
            if (normalized(axes != null ? axes[e] : e, rank) == axis) {
                entry = e;
            }
        }
        if (entry < 0) {
            return Reading.WHOLE;
        }
        if (starts == null || ends == null) {
            return Reading.refused("slices the channels with starts or ends that are not int64 constants");
        }
        long[] steps = null;
        if (!attributes && present(node, 4)) {
            steps = constantLongs(index, node.getInput(4));
            if (steps == null) {
                return Reading.refused("has steps that are not int64 constants");
            }
        }
        if (starts.length != count || ends.length != count || (steps != null && steps.length != count)) {
            return Reading.refused("has starts, ends, axes and steps of different lengths");
        }
        long step = steps == null ? 1 : steps[entry];
        if (step != 1) {
            return Reading.refused("slices the channels with step " + step + " (only step 1 is followed)");
        }
        int start = clamped(starts[entry], size);
        int end = Math.max(start, clamped(ends[entry], size));
        return new Reading(entry, new int[] {start, end}, null);
    }

    /** @return a Slice index in {@code [0, size]}, negative ones counted from the end */
    private static int clamped(long index, long size) {
        return (int) Math.max(0, Math.min(size, index < 0 ? index + size : index));
    }

    private static int normalized(long axis, int rank) {
        return (int) (axis < 0 ? axis + rank : axis);
    }

    private static boolean present(NodeProto node, int input) {
        return input < node.getInputCount() && !node.getInput(input).isEmpty();
    }

    /** @return the values of the int64 initializer or Constant {@code name}, or null when it is computed or not int64 */
    static long[] constantLongs(GraphIndex index, String name) {
        TensorProto tensor = index.constantValue(name);
        try {
            return tensor == null ? null : InitializerData.longs(tensor);
        } catch (TensorscopeException e) {
            return null;
        }
    }
}
