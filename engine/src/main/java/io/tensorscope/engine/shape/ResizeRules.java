package io.tensorscope.engine.shape;

import java.util.Map;

/**
 * {@code Resize} and {@code Upsample}: each axis scaled ({@code floor(size × scale)}) or set to the given size;
 * scales an attribute of Upsample until opset 9, an input after; Resize's inputs X, scales (opset 10) or X, roi,
 * scales, sizes (11 on), with {@code axes} and {@code keep_aspect_ratio_policy} from opset 18.
 */
final class ResizeRules {

    private ResizeRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("Upsample", ResizeRules::upsample);
        rules.put("Resize", ResizeRules::resize);
    }

    private static void upsample(NodeContext n) {
        long[] in = n.dims(0);
        float[] scales;
        if (n.opset() < 9) {
            var attribute = n.attribute("scales");
            if (attribute == null) {
                throw n.mismatch("Upsample without scales");
            }
            scales = new float[attribute.getFloatsCount()];
            for (int i = 0; i < scales.length; i++) {
                scales[i] = attribute.getFloats(i);
            }
        } else {
            scales = n.floats(1);
        }
        n.set(0, n.type(0), scaled(n, in, scales, allAxes(in.length)));
    }

    private static void resize(NodeContext n) {
        long[] in = n.dims(0);
        long[] given = n.opset() >= 18 ? n.attrInts("axes") : null;
        int[] axes = given == null ? allAxes(in.length) : axes(given, in.length);
        if (n.opset() < 11) {
            n.set(0, n.type(0), scaled(n, in, n.floats(1), axes));
            return;
        }
        long[] sizes = n.has(3) ? n.values(3) : null;
        if (sizes != null && sizes.length > 0) {
            n.set(0, n.type(0), sized(n, in, sizes, axes));
            return;
        }
        n.set(0, n.type(0), scaled(n, in, n.floats(2), axes));
    }

    private static long[] scaled(NodeContext n, long[] in, float[] scales, int[] axes) {
        if (scales.length != axes.length) {
            throw n.mismatch(scales.length + " scales for " + axes.length + " axes");
        }
        long[] out = in.clone();
        for (int i = 0; i < axes.length; i++) {
            out[axes[i]] = (long) Math.floor(in[axes[i]] * (double) scales[i]);
        }
        return out;
    }

    /** Sizes as given ({@code stretch}), or one scale keeping the aspect ratio: the smallest or the largest. */
    private static long[] sized(NodeContext n, long[] in, long[] sizes, int[] axes) {
        if (sizes.length != axes.length) {
            throw n.mismatch(sizes.length + " sizes for " + axes.length + " axes");
        }
        String policy = n.opset() >= 18 ? n.attrString("keep_aspect_ratio_policy", "stretch") : "stretch";
        long[] out = in.clone();
        if (policy.equals("stretch")) {
            for (int i = 0; i < axes.length; i++) {
                out[axes[i]] = sizes[i];
            }
            return out;
        }
        double scale = policy.equals("not_larger") ? Double.MAX_VALUE : 0;
        for (int i = 0; i < axes.length; i++) {
            double s = (double) sizes[i] / in[axes[i]];
            scale = policy.equals("not_larger") ? Math.min(scale, s) : Math.max(scale, s);
        }
        for (int axis : axes) {
            out[axis] = Math.round(scale * in[axis]);
        }
        return out;
    }

    private static int[] allAxes(int rank) {
        int[] axes = new int[rank];
        for (int i = 0; i < rank; i++) {
            axes[i] = i;
        }
        return axes;
    }

    private static int[] axes(long[] given, int rank) {
        int[] axes = new int[given.length];
        for (int i = 0; i < given.length; i++) {
            axes[i] = Dims.axis(given[i], rank);
        }
        return axes;
    }
}
