package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import java.util.Arrays;
import java.util.Map;

/**
 * Reductions ({@code ReduceMean}, {@code ReduceSum}, …; axes as an attribute until the opset where they
 * became an input: 13 for ReduceSum, 18 for the others) and {@code ArgMax/ArgMin}.
 */
final class ReduceRules {

    private ReduceRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("ReduceSum", reduce(13));
        for (String op : new String[] {"ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1", "ReduceL2",
                "ReduceSumSquare", "ReduceLogSumExp", "ReduceLogSum"}) {
            rules.put(op, reduce(18));
        }
        rules.put("ArgMax", ReduceRules::arg);
        rules.put("ArgMin", ReduceRules::arg);
    }

    private static ShapeRule reduce(long axesInputSince) {
        return n -> {
            long[] in = n.dims(0);
            long[] axes = n.intsFromAttrOrInput("axes", 1, axesInputSince);
            boolean none = axes == null || axes.length == 0;
            if (none && n.attrInt("noop_with_empty_axes", 0) != 0) {
                n.set(0, n.type(0), in);
                return;
            }
            boolean[] reduced = new boolean[in.length];
            for (int i = 0; i < in.length; i++) {
                reduced[i] = none;
            }
            if (!none) {
                for (long a : axes) {
                    reduced[Dims.axis(a, in.length)] = true;
                }
            }
            n.set(0, n.type(0), reducedDims(in, reduced, n.attrInt("keepdims", 1) != 0));
        };
    }

    private static void arg(NodeContext n) {
        long[] in = n.dims(0);
        boolean[] reduced = new boolean[in.length];
        reduced[Dims.axis(n.attrInt("axis", 0), in.length)] = true;
        n.set(0, ElementType.INT64, reducedDims(in, reduced, n.attrInt("keepdims", 1) != 0));
    }

    private static long[] reducedDims(long[] in, boolean[] reduced, boolean keepDims) {
        long[] out = new long[in.length];
        int rank = 0;
        for (int i = 0; i < in.length; i++) {
            if (!reduced[i]) {
                out[rank++] = in[i];
            } else if (keepDims) {
                out[rank++] = 1;
            }
        }
        return Arrays.copyOf(out, rank);
    }
}
