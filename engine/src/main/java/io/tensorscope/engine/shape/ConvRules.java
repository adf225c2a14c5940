package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import java.util.Arrays;
import java.util.Map;

/** Convolutions: {@code Conv}, {@code ConvInteger}, {@code QLinearConv} and {@code ConvTranspose}. */
final class ConvRules {

    private ConvRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("Conv", n -> n.set(0, n.type(0), conv(n, 0, 1)));
        rules.put("ConvInteger", n -> n.set(0, ElementType.INT32, conv(n, 0, 1)));
        rules.put("QLinearConv", n -> n.set(0, MatMulRules.quantizedType(n, 7), conv(n, 0, 3)));
        rules.put("ConvTranspose", ConvRules::convTranspose);
    }

    /** X is N×C×D…, W is M×(C/group)×k…; the output is N×M×D'…. */
    static long[] conv(NodeContext n, int xInput, int wInput) {
        long[] x = n.dims(xInput);
        long[] w = n.dims(wInput);
        long group = n.attrInt("group", 1);
        if (w.length != x.length || x[1] != w[1] * group) {
            throw n.mismatch("input " + Dims.text(x) + " does not fit weights " + Dims.text(w) + " with group " + group);
        }
        long[] kernel = kernel(n, w);
        return Dims.concat(new long[] {x[0], w[0]}, Window.outputSpatial(n, x, kernel));
    }

    /** X is N×C×D…, W is C×(M/group)×k…; output D' = stride·(D−1) + output_padding + (k−1)·dilation + 1 − pads. */
    private static void convTranspose(NodeContext n) {
        long[] x = n.dims(0);
        long[] w = n.dims(1);
        if (w.length != x.length || x[1] != w[0]) {
            throw n.mismatch("input " + Dims.text(x) + " does not fit weights " + Dims.text(w));
        }
        long[] kernel = kernel(n, w);
        int k = kernel.length;
        long[] spatial = n.attrInts("output_shape");
        if (spatial == null) {
            spatial = new long[k];
            long[] strides = Window.orOnes(n.attrInts("strides"), k);
            long[] dilations = Window.orOnes(n.attrInts("dilations"), k);
            long[] outputPadding = n.attrInts("output_padding");
            long[] pads = n.attrInts("pads");
            boolean same = n.attrString("auto_pad", "NOTSET").startsWith("SAME");
            for (int i = 0; i < k; i++) {
                long in = x[i + 2];
                long padding = pads == null || same ? 0 : pads[i] + pads[i + k];
                long extra = outputPadding == null ? 0 : outputPadding[i];
                spatial[i] = same ? in * strides[i]
                        : strides[i] * (in - 1) + extra + (kernel[i] - 1) * dilations[i] + 1 - padding;
            }
        } else {
            spatial = Arrays.copyOfRange(spatial, spatial.length - k, spatial.length);
        }
        n.set(0, n.type(0), Dims.concat(new long[] {x[0], w[1] * n.attrInt("group", 1)}, spatial));
    }

    private static long[] kernel(NodeContext n, long[] w) {
        long[] kernel = n.attrInts("kernel_shape");
        return kernel != null ? kernel : Arrays.copyOfRange(w, 2, w.length);
    }
}
