package io.tensorscope.engine.shape;

import java.util.Arrays;
import java.util.Map;

/**
 * Indexing: {@code Gather} (any axis, negative indices) and {@code Slice} (attributes before opset 10,
 * inputs {@code starts, ends, axes, steps} from 10; negative and out-of-range indexes clamp as in numpy).
 * Both fold values.
 */
final class GatherSliceRules {

    private GatherSliceRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("Gather", GatherSliceRules::gather);
        rules.put("Slice", GatherSliceRules::slice);
    }

    /** Output sizes: data[:axis] + indices + data[axis+1:]. */
    private static void gather(NodeContext n) {
        long[] data = n.dims(0);
        long[] indices = n.dims(1);
        int axis = Dims.axis(n.attrInt("axis", 0), data.length);
        long[] out = Dims.concat(Dims.concat(Arrays.copyOf(data, axis), indices),
                Arrays.copyOfRange(data, axis + 1, data.length));
        long[] values = n.valuesOrNull(0);
        long[] picks = n.valuesOrNull(1);
        long[] folded = null;
        if (values != null && picks != null) {
            long outer = Dims.product(data, 0, axis);
            long inner = Dims.product(data, axis + 1, data.length);
            folded = new long[(int) Dims.count(out)];
            int k = 0;
            for (long o = 0; o < outer; o++) {
                for (long pick : picks) {
                    long index = pick < 0 ? pick + data[axis] : pick;
                    if (index < 0 || index >= data[axis]) {
                        throw n.mismatch("index " + pick + " out of range for size " + data[axis]);
                    }
                    for (long i = 0; i < inner; i++) {
                        folded[k++] = values[(int) ((o * data[axis] + index) * inner + i)];
                    }
                }
            }
        }
        n.set(0, n.type(0), out, folded);
    }

    private static void slice(NodeContext n) {
        long[] in = n.dims(0);
        boolean attributes = n.opset() < 10;
        long[] starts = attributes ? n.attrInts("starts") : n.values(1);
        long[] ends = attributes ? n.attrInts("ends") : n.values(2);
        long[] axes = attributes ? n.attrInts("axes") : (n.has(3) ? n.values(3) : null);
        long[] steps = !attributes && n.has(4) ? n.values(4) : null;
        if (starts == null || ends == null || starts.length != ends.length) {
            throw n.mismatch("starts and ends must be given with the same length");
        }
        long[] begin = new long[in.length];
        long[] step = new long[in.length];
        Arrays.fill(step, 1);
        long[] out = in.clone();
        for (int i = 0; i < starts.length; i++) {
            int axis = Dims.axis(axes == null ? i : axes[i], in.length);
            step[axis] = steps == null ? 1 : steps[i];
            if (step[axis] == 0) {
                throw n.mismatch("step 0");
            }
            long dim = in[axis];
            long s = starts[i] < 0 ? starts[i] + dim : starts[i];
            long e = ends[i] < 0 ? ends[i] + dim : ends[i];
            if (step[axis] > 0) {
                s = clamp(s, 0, dim);
                e = clamp(e, 0, dim);
                out[axis] = Math.max(0, Dims.ceilDiv(e - s, step[axis]));
            } else {
                s = clamp(s, 0, dim - 1);
                e = clamp(e, -1, dim - 1);
                out[axis] = Math.max(0, Dims.ceilDiv(s - e, -step[axis]));
            }
            begin[axis] = s;
        }
        long[] values = n.valuesOrNull(0);
        n.set(0, n.type(0), out, values == null ? null : sliced(values, in, out, begin, step));
    }

    private static long[] sliced(long[] values, long[] in, long[] out, long[] begin, long[] step) {
        long[] inStrides = Dims.strides(in);
        long[] result = new long[(int) Dims.count(out)];
        for (int flat = 0; flat < result.length; flat++) {
            long rest = flat;
            long source = 0;
            for (int d = out.length - 1; d >= 0; d--) {
                long index = rest % out[d];
                rest /= out[d];
                source += (begin[d] + index * step[d]) * inStrides[d];
            }
            result[flat] = values[(int) source];
        }
        return result;
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
