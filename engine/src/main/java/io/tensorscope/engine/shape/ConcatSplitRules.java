package io.tensorscope.engine.shape;

import java.util.Arrays;
import java.util.Map;

/**
 * Joining and re-ordering: {@code Concat} (folds values), {@code Split} ({@code split} attribute before
 * opset 13, input from 13, {@code num_outputs} from 18, else equal parts) and {@code Transpose}.
 */
final class ConcatSplitRules {

    private ConcatSplitRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("Concat", ConcatSplitRules::concat);
        rules.put("Split", ConcatSplitRules::split);
        rules.put("Transpose", ConcatSplitRules::transpose);
    }

    private static void concat(NodeContext n) {
        long[] first = n.dims(0);
        int axis = Dims.axis(n.attrInt("axis", 0), first.length);
        long[] out = first.clone();
        out[axis] = 0;
        for (int i = 0; i < n.inputCount(); i++) {
            long[] d = n.dims(i);
            for (int j = 0; j < d.length; j++) {
                if (d.length != first.length || (j != axis && d[j] != first[j])) {
                    throw n.mismatch("cannot join " + Dims.text(first) + " and " + Dims.text(d) + " on axis " + axis);
                }
            }
            out[axis] += d[axis];
        }
        n.set(0, n.type(0), out, folded(n, out, axis));
    }

    /** @return the joined values when every input is folded, else null */
    private static long[] folded(NodeContext n, long[] out, int axis) {
        if (Dims.count(out) > TensorFacts.MAX_FOLDED_ELEMENTS) {
            return null;
        }
        long outer = Dims.product(out, 0, axis);
        long inner = Dims.product(out, axis + 1, out.length);
        long[] result = new long[(int) Dims.count(out)];
        int k = 0;
        for (long o = 0; o < outer; o++) {
            for (int i = 0; i < n.inputCount(); i++) {
                long[] values = n.valuesOrNull(i);
                if (values == null) {
                    return null;
                }
                int chunk = (int) (n.dims(i)[axis] * inner);
                System.arraycopy(values, (int) (o * chunk), result, k, chunk);
                k += chunk;
            }
        }
        return result;
    }

    private static void split(NodeContext n) {
        long[] in = n.dims(0);
        int axis = Dims.axis(n.attrInt("axis", 0), in.length);
        long[] parts = n.intsFromAttrOrInput("split", 1, 13);
        int outputs = n.outputCount();
        if (parts == null) {
            long size = n.opset() >= 18 ? Dims.ceilDiv(in[axis], outputs) : in[axis] / outputs;
            parts = new long[outputs];
            for (int i = 0; i < outputs; i++) {
                parts[i] = Math.min(size, in[axis] - i * size);
            }
        }
        if (parts.length != outputs || Arrays.stream(parts).sum() != in[axis]) {
            throw n.mismatch("parts " + Arrays.toString(parts) + " do not split " + in[axis] + " into " + outputs);
        }
        for (int i = 0; i < outputs; i++) {
            long[] out = in.clone();
            out[axis] = parts[i];
            n.set(i, n.type(0), out);
        }
    }

    /** Output size i is input size perm[i]; perm defaults to reversing the axes. */
    private static void transpose(NodeContext n) {
        long[] in = n.dims(0);
        long[] perm = n.attrInts("perm");
        long[] out = new long[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[perm == null ? in.length - 1 - i : Dims.axis(perm[i], in.length)];
        }
        n.set(0, n.type(0), out);
    }
}
