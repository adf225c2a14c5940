package io.tensorscope.engine.shape;

import java.util.Arrays;

/**
 * Sliding-window geometry shared by convolutions and pools: output size per spatial axis from the
 * {@code kernel_shape}, {@code strides}, {@code dilations}, {@code pads}, {@code auto_pad} and
 * {@code ceil_mode} attributes, as ONNX (and ONNX Runtime) define them.
 */
final class Window {

    private Window() {
    }

    /**
     * @param n      the node (attributes are read from it)
     * @param input  input sizes {@code N×C×D1×…×Dk}
     * @param kernel kernel sizes, k of them
     * @return output spatial sizes, k of them
     */
    static long[] outputSpatial(NodeContext n, long[] input, long[] kernel) {
        int k = kernel.length;
        if (input.length != k + 2) {
            throw n.mismatch("input " + Dims.text(input) + " does not have " + k + " spatial dimensions");
        }
        long[] strides = orOnes(n.attrInts("strides"), k);
        long[] dilations = orOnes(n.attrInts("dilations"), k);
        long[] pads = n.attrInts("pads");
        String autoPad = n.attrString("auto_pad", "NOTSET");
        boolean ceil = n.attrInt("ceil_mode", 0) != 0;
        long[] out = new long[k];
        for (int i = 0; i < k; i++) {
            long in = input[i + 2];
            long effective = (kernel[i] - 1) * dilations[i] + 1;
            if (autoPad.startsWith("SAME")) {
                out[i] = Dims.ceilDiv(in, strides[i]);
                continue;
            }
            boolean explicit = !autoPad.equals("VALID") && pads != null;
            long padBegin = explicit ? pads[i] : 0;
            long padEnd = explicit ? pads[i + k] : 0;
            long span = in + padBegin + padEnd - effective;
            if (span < 0) {
                throw n.mismatch("window " + effective + " is larger than padded input " + (in + padBegin + padEnd));
            }
            out[i] = (ceil ? Dims.ceilDiv(span, strides[i]) : span / strides[i]) + 1;
            if (ceil && (out[i] - 1) * strides[i] >= in + padBegin) {
                out[i]--; // the last window would start in the end padding
            }
        }
        return out;
    }

    /** @return {@code values} or k ones when absent */
    static long[] orOnes(long[] values, int k) {
        if (values != null) {
            return values;
        }
        long[] ones = new long[k];
        Arrays.fill(ones, 1);
        return ones;
    }
}
