package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import io.tensorscope.engine.TensorscopeException;
import java.util.Arrays;

/**
 * The sliding-window attributes Conv and the pools share — {@code kernel_shape}, {@code strides},
 * {@code dilations}, {@code pads} and {@code auto_pad} — with the padding resolved against an input's spatial sizes.
 * Symmetric padding is left to the kernel; asymmetric padding ({@code SAME_*} at odd totals, explicit unequal pads)
 * is applied to the input first.
 *
 * @param kernel    window size per spatial axis
 * @param strides   step per spatial axis
 * @param dilations dilation per spatial axis
 * @param pads      explicit pads, begins then ends (ONNX order), or null under {@code auto_pad}
 * @param autoPad   {@code NOTSET}, {@code VALID}, {@code SAME_UPPER} or {@code SAME_LOWER}
 */
record Window(long[] kernel, long[] strides, long[] dilations, long[] pads, String autoPad) {

    /**
     * @param kernel the window size (from {@code kernel_shape}, or the weight's spatial sizes)
     * @return the node's window attributes
     */
    static Window of(NodeSpec spec, long[] kernel) throws TensorscopeException {
        int n = kernel.length;
        if (n < 1 || n > 3) {
            throw spec.refuse(n + "-D windows are not supported (1-D to 3-D are)");
        }
        String autoPad = spec.stringOr("auto_pad", "NOTSET");
        long[] pads = spec.ints("pads");
        return new Window(kernel, orOnes(spec.ints("strides"), n), orOnes(spec.ints("dilations"), n),
                autoPad.equals("NOTSET") ? (pads == null ? new long[2 * n] : pads) : null, autoPad);
    }

    int rank() {
        return kernel.length;
    }

    /** @return {begins, ends} for an input of {@code spatial} sizes */
    long[][] resolve(long[] spatial) {
        int n = rank();
        long[] begin = new long[n];
        long[] end = new long[n];
        for (int i = 0; i < n; i++) {
            if (pads != null) {
                begin[i] = pads[i];
                end[i] = pads[i + n];
            } else if (autoPad.startsWith("SAME")) {
                long out = (spatial[i] + strides[i] - 1) / strides[i];
                long total = Math.max(0, (out - 1) * strides[i] + (kernel[i] - 1) * dilations[i] + 1 - spatial[i]);
                long small = total / 2;
                begin[i] = autoPad.equals("SAME_UPPER") ? small : total - small;
                end[i] = total - begin[i];
            }
        }
        return new long[][] {begin, end};
    }

    /**
     * Pads {@code x} (N, C, spatial…) where the padding is asymmetric.
     *
     * @param fill value of the padding (0 for convolutions, −max for max pooling)
     * @return the input, padded where the padding is asymmetric, and the symmetric padding left for the kernel
     */
    Padded pad(NDArray x, double fill) {
        long[] spatial = Arrays.copyOfRange(x.getShape().getShape(), 2, 2 + rank());
        long[][] p = resolve(spatial);
        if (Arrays.equals(p[0], p[1])) {
            return new Padded(x, new Shape(p[0]));
        }
        return new Padded(Window.padExplicitly(x, p[0], p[1], fill), new Shape(new long[rank()]));
    }

    /** @return {@code x} padded on its trailing {@code begin.length} axes (negative values crop) */
    static NDArray padExplicitly(NDArray x, long[] begin, long[] end, double fill) {
        int n = begin.length;
        long[] torchOrder = new long[2 * n];
        for (int i = 0; i < n; i++) {
            torchOrder[2 * i] = begin[n - 1 - i];
            torchOrder[2 * i + 1] = end[n - 1 - i];
        }
        return x.pad(new Shape(torchOrder), fill);
    }

    Shape kernelShape() {
        return new Shape(kernel);
    }

    Shape strideShape() {
        return new Shape(strides);
    }

    Shape dilationShape() {
        return new Shape(dilations);
    }

    /** @return {@code n} ones */
    static long[] ones(int n) {
        long[] ones = new long[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    private static long[] orOnes(long[] values, int n) {
        return values != null ? values : ones(n);
    }

    /**
     * @param input   the input, padded where the padding was asymmetric
     * @param padding the symmetric padding per spatial axis for the kernel
     */
    record Padded(NDArray input, Shape padding) {
    }
}
