package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import io.tensorscope.engine.TensorscopeException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;

/** MaxPool, AveragePool (1-D to 3-D, any padding, ceil_mode), GlobalAveragePool and GlobalMaxPool. */
final class PoolOps {

    private PoolOps() {
    }

    static void register(Map<String, OpBinder> ops) {
        ops.put("MaxPool", PoolOps::maxPool);
        ops.put("AveragePool", PoolOps::averagePool);
        ops.put("GlobalAveragePool", spec -> in -> ReduceOps.overAxes(in.get(0), spatialAxes(in.get(0)), NDArray::mean));
        ops.put("GlobalMaxPool", spec -> in -> ReduceOps.overAxes(in.get(0), spatialAxes(in.get(0)), NDArray::max));
    }

    private static NodeOp maxPool(NodeSpec spec) throws TensorscopeException {
        Window window = window(spec);
        boolean ceil = spec.intOr("ceil_mode", 0) != 0;
        return in -> {
            Window.Padded x = window.pad(in.get(0), -Float.MAX_VALUE);
            Shape k = window.kernelShape();
            Shape s = window.strideShape();
            return switch (window.rank()) {
                case 1 -> Pool.maxPool1d(x.input(), k, s, x.padding(), ceil);
                case 2 -> Pool.maxPool2d(x.input(), k, s, x.padding(), ceil);
                default -> Pool.maxPool3d(x.input(), k, s, x.padding(), ceil);
            };
        };
    }

    /**
     * AveragePool. Asymmetric padding is applied to the input first; when the pads must not be counted, the average
     * is then the pooled input over the pooled mask of real elements.
     */
    private static NodeOp averagePool(NodeSpec spec) throws TensorscopeException {
        Window window = window(spec);
        boolean ceil = spec.intOr("ceil_mode", 0) != 0;
        boolean countPads = spec.intOr("count_include_pad", 0) != 0;
        return in -> {
            Window.Padded x = window.pad(in.get(0), 0);
            if (x.input() == in.get(0) || countPads) {
                return average(window, x, ceil, countPads);
            }
            Window.Padded mask = window.pad(in.scope().ones(in.get(0).getShape()), 0);
            return average(window, x, ceil, true).div(average(window, mask, ceil, true));
        };
    }

    private static NDArray average(Window window, Window.Padded x, boolean ceil, boolean countPads) {
        Shape k = window.kernelShape();
        Shape s = window.strideShape();
        return switch (window.rank()) {
            case 1 -> Pool.avgPool1d(x.input(), k, s, x.padding(), ceil, countPads);
            case 2 -> Pool.avgPool2d(x.input(), k, s, x.padding(), ceil, countPads);
            default -> Pool.avgPool3d(x.input(), k, s, x.padding(), ceil, countPads);
        };
    }

    private static Window window(NodeSpec spec) throws TensorscopeException {
        long[] kernel = spec.ints("kernel_shape");
        if (kernel == null) {
            throw spec.refuse("kernel_shape is missing");
        }
        Window window = Window.of(spec, kernel);
        if (Arrays.stream(window.dilations()).anyMatch(d -> d != 1)) {
            throw spec.refuse("dilated pooling is not supported");
        }
        return window;
    }

    private static int[] spatialAxes(NDArray x) {
        return IntStream.range(2, x.getShape().dimension()).toArray();
    }
}
