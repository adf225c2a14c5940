package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.convolutional.Conv3d;
import io.tensorscope.engine.TensorscopeException;
import java.util.Arrays;
import java.util.Map;

/**
 * Conv (1-D to 3-D, groups, dilations, any padding) and ConvTranspose. DJL's PyTorch engine has no transposed
 * convolution, so ConvTranspose runs as its equivalent convolution: the input with {@code stride − 1} zeros inserted
 * between elements, padded by {@code dilation·(kernel − 1) − pad}, convolved at stride 1 with the kernel flipped and
 * its in/out channels swapped (per group).
 */
final class ConvOps {

    private ConvOps() {
    }

    static void register(Map<String, OpBinder> ops) {
        ops.put("Conv", ConvOps::conv);
        ops.put("ConvTranspose", ConvOps::convTranspose);
    }

    private static NodeOp conv(NodeSpec spec) throws TensorscopeException {
        Window window = Window.of(spec, kernel(spec));
        int groups = Math.toIntExact(spec.intOr("group", 1));
        return in -> {
            Window.Padded x = window.pad(in.get(0), 0);
            return convolve(x.input(), in.get(1), in.get(2), window.strideShape(), x.padding(), window.dilationShape(),
                    groups);
        };
    }

    private static NodeOp convTranspose(NodeSpec spec) throws TensorscopeException {
        Window window = Window.of(spec, kernel(spec));
        if (spec.ints("output_shape") != null) {
            throw spec.refuse("output_shape is not supported; give pads instead");
        }
        if (!window.autoPad().equals("NOTSET") && !window.autoPad().equals("VALID")) {
            throw spec.refuse("auto_pad " + window.autoPad() + " is not supported; give pads instead");
        }
        int n = window.rank();
        long[] outputPadding = spec.ints("output_padding") == null ? new long[n] : spec.ints("output_padding");
        int groups = Math.toIntExact(spec.intOr("group", 1));
        return in -> {
            NDArray x = in.get(0);
            long[] spatial = Arrays.copyOfRange(x.getShape().getShape(), 2, 2 + n);
            long[][] pads = window.resolve(spatial);
            long[] begin = new long[n];
            long[] end = new long[n];
            for (int i = 0; i < n; i++) {
                x = insertZeros(x, 2 + i, window.strides()[i]);
                long reach = window.dilations()[i] * (window.kernel()[i] - 1);
                begin[i] = reach - pads[0][i];
                end[i] = reach - pads[1][i] + outputPadding[i];
            }
            x = Window.padExplicitly(x, begin, end, 0);
            return convolve(x, transposedKernel(in.get(1), groups, n), in.get(2), new Shape(Window.ones(n)),
                    new Shape(new long[n]), window.dilationShape(), groups);
        };
    }

    /** @return the window from {@code kernel_shape}, or from a constant weight's spatial sizes */
    private static long[] kernel(NodeSpec spec) throws TensorscopeException {
        long[] kernel = spec.ints("kernel_shape");
        long[] weight = spec.constantDims(1);
        if (kernel == null && weight == null) {
            throw spec.refuse("the weight is computed in the graph and kernel_shape is not given");
        }
        return kernel != null ? kernel : Arrays.copyOfRange(weight, 2, weight.length);
    }

    private static NDArray convolve(NDArray x, NDArray w, NDArray b, Shape stride, Shape padding, Shape dilation,
            int groups) {
        NDList y = switch (stride.dimension()) {
            case 1 -> Conv1d.conv1d(x, w, b, stride, padding, dilation, groups);
            case 2 -> Conv2d.conv2d(x, w, b, stride, padding, dilation, groups);
            default -> Conv3d.conv3d(x, w, b, stride, padding, dilation, groups);
        };
        return y.singletonOrThrow();
    }

    /** @return {@code x} with {@code stride − 1} zeros between neighbours along {@code axis} (length (L−1)·s+1) */
    private static NDArray insertZeros(NDArray x, int axis, long stride) {
        if (stride == 1) {
            return x;
        }
        long[] dims = x.getShape().getShape();
        int trailing = dims.length - axis - 1;
        long[] begin = new long[trailing + 1];
        long[] end = new long[trailing + 1];
        end[0] = stride - 1;
        NDArray spread = Window.padExplicitly(x.expandDims(axis + 1), begin, end, 0);
        long[] merged = dims.clone();
        merged[axis] = dims[axis] * stride;
        end[0] = -(stride - 1);
        return Window.padExplicitly(spread.reshape(new Shape(merged)), new long[trailing + 1], end, 0);
    }

    /** @return a ConvTranspose weight [Cin, Cout/g, k…] as the equivalent Conv weight [Cout, Cin/g, k…], flipped */
    private static NDArray transposedKernel(NDArray w, int groups, int n) {
        long[] d = w.getShape().getShape();
        long[] grouped = new long[3 + n];
        grouped[0] = groups;
        grouped[1] = d[0] / groups;
        grouped[2] = d[1];
        System.arraycopy(d, 2, grouped, 3, n);
        int[] perm = new int[3 + n];
        perm[0] = 0;
        perm[1] = 2;
        perm[2] = 1;
        int[] spatialAxes = new int[n];
        for (int i = 0; i < n; i++) {
            perm[3 + i] = 3 + i;
            spatialAxes[i] = 2 + i;
        }
        long[] conv = new long[2 + n];
        conv[0] = d[1] * groups;
        conv[1] = d[0] / groups;
        System.arraycopy(d, 2, conv, 2, n);
        return w.reshape(new Shape(grouped)).transpose(perm).reshape(new Shape(conv)).flip(spatialAxes);
    }
}
