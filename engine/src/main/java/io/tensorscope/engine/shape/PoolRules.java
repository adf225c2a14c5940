package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import java.util.Arrays;
import java.util.Map;

/** Pools: {@code MaxPool} (with optional indices), {@code AveragePool}, {@code LpPool} and the global pools. */
final class PoolRules {

    private PoolRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("MaxPool", PoolRules::pool);
        rules.put("AveragePool", PoolRules::pool);
        rules.put("LpPool", PoolRules::pool);
        rules.put("GlobalAveragePool", PoolRules::global);
        rules.put("GlobalMaxPool", PoolRules::global);
        rules.put("GlobalLpPool", PoolRules::global);
    }

    private static void pool(NodeContext n) {
        long[] x = n.dims(0);
        long[] kernel = n.attrInts("kernel_shape");
        if (kernel == null) {
            throw n.mismatch("missing kernel_shape");
        }
        long[] out = Dims.concat(new long[] {x[0], x[1]}, Window.outputSpatial(n, x, kernel));
        n.set(0, n.type(0), out);
        n.set(1, ElementType.INT64, out);
    }

    /** N×C×D… becomes N×C×1…. */
    private static void global(NodeContext n) {
        long[] out = n.dims(0);
        Arrays.fill(out, 2, out.length, 1);
        n.set(0, n.type(0), out);
    }
}
