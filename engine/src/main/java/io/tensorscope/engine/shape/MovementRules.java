package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import java.util.Arrays;
import java.util.Map;

/**
 * Operators that move, repeat or pick elements: {@code Pad} (pads as an attribute until opset 11, then an input, with
 * {@code axes} from 18), {@code Tile}, {@code DepthToSpace}, {@code SpaceToDepth}, {@code GatherElements},
 * {@code GatherND}, {@code ScatterND}, {@code ScatterElements} / {@code Scatter}, {@code OneHot} and {@code TopK} (k an
 * attribute until opset 10, then an input).
 */
final class MovementRules {

    private MovementRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("Pad", MovementRules::pad);
        rules.put("Tile", MovementRules::tile);
        rules.put("DepthToSpace", n -> blocks(n, true));
        rules.put("SpaceToDepth", n -> blocks(n, false));
        rules.put("GatherElements", n -> n.set(0, n.type(0), n.dims(1)));
        rules.put("GatherND", MovementRules::gatherNd);
        for (String op : new String[] {"ScatterND", "ScatterElements", "Scatter"}) {
            rules.put(op, n -> n.set(0, n.type(0), n.dims(0)));
        }
        rules.put("OneHot", MovementRules::oneHot);
        rules.put("TopK", MovementRules::topK);
    }

    private static void pad(NodeContext n) {
        long[] in = n.dims(0);
        long[] pads = n.intsFromAttrOrInput("pads", 1, 11);
        if (pads == null) {
            throw n.mismatch("Pad without pads");
        }
        int rank = in.length;
        int[] axes = new int[pads.length / 2];
        long[] given = n.has(3) && n.opset() >= 18 ? n.values(3) : null;
        for (int i = 0; i < axes.length; i++) {
            axes[i] = given == null ? i : Dims.axis(given[i], rank);
        }
        if (given == null && pads.length != 2 * rank) {
            throw n.mismatch("Pad with " + pads.length + " pads for rank " + rank);
        }
        long[] out = in.clone();
        for (int i = 0; i < axes.length; i++) {
            out[axes[i]] += pads[i] + pads[i + axes.length];
        }
        n.set(0, n.type(0), out);
    }

    private static void tile(NodeContext n) {
        long[] in = n.dims(0);
        long[] repeats = n.values(1);
        if (repeats.length != in.length) {
            throw n.mismatch("Tile with " + repeats.length + " repeats for rank " + in.length);
        }
        long[] out = new long[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.multiplyExact(in[i], repeats[i]);
        }
        n.set(0, n.type(0), out);
    }

    /** DepthToSpace ({@code toSpace}) moves channels into blocks of height × width; SpaceToDepth the other way. */
    private static void blocks(NodeContext n, boolean toSpace) {
        long[] in = n.dims(0);
        long b = n.attrInt("blocksize", 1);
        if (in.length != 4) {
            throw n.mismatch("block rearrangement of rank " + in.length);
        }
        long[] out = toSpace ? new long[] {in[0], in[1] / (b * b), in[2] * b, in[3] * b}
                : new long[] {in[0], in[1] * b * b, in[2] / b, in[3] / b};
        n.set(0, n.type(0), out);
    }

    private static void gatherNd(NodeContext n) {
        long[] data = n.dims(0);
        long[] indices = n.dims(1);
        int batch = (int) n.attrInt("batch_dims", 0);
        int k = (int) indices[indices.length - 1];
        long[] out = new long[indices.length - 1 + data.length - batch - k];
        System.arraycopy(indices, 0, out, 0, indices.length - 1);
        System.arraycopy(data, batch + k, out, indices.length - 1, data.length - batch - k);
        n.set(0, n.type(0), out);
    }

    private static void oneHot(NodeContext n) {
        long[] indices = n.dims(0);
        long[] depth = n.values(1);
        int axis = Dims.axis(n.attrInt("axis", -1), indices.length + 1);
        long[] out = new long[indices.length + 1];
        for (int i = 0, j = 0; i < out.length; i++) {
            out[i] = i == axis ? depth[0] : indices[j++];
        }
        n.set(0, n.type(2), out);
    }

    private static void topK(NodeContext n) {
        long[] in = n.dims(0);
        long k = n.opset() < 10 ? n.attrInt("k", 0) : n.values(1)[0];
        long[] out = Arrays.copyOf(in, in.length);
        out[Dims.axis(n.attrInt("axis", -1), in.length)] = k;
        n.set(0, n.type(0), out);
        n.set(1, ElementType.INT64, out);
    }
}
