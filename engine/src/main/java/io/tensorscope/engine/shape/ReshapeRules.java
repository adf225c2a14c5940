package io.tensorscope.engine.shape;

import java.util.Arrays;
import java.util.Map;

/**
 * Operators that keep the elements and change the sizes: {@code Reshape}, {@code Flatten},
 * {@code Unsqueeze}, {@code Squeeze} (attribute axes before opset 13, input axes from 13) and
 * {@code Expand} (which repeats elements by broadcasting). Folded values pass through.
 */
final class ReshapeRules {

    private ReshapeRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("Reshape", ReshapeRules::reshape);
        rules.put("Flatten", ReshapeRules::flatten);
        rules.put("Unsqueeze", ReshapeRules::unsqueeze);
        rules.put("Squeeze", ReshapeRules::squeeze);
        rules.put("Expand", ReshapeRules::expand);
    }

    /** A target size 0 copies the input size at that index (unless allowzero), one -1 takes what is left. */
    private static void reshape(NodeContext n) {
        long[] target = n.values(1).clone();
        if (!n.input(0).shape().isKnown() && Arrays.stream(target).allMatch(d -> d > 0)) {
            n.set(0, n.type(0), target); // fully explicit target: the input sizes are not needed
            return;
        }
        long[] in = n.dims(0);
        boolean allowZero = n.attrInt("allowzero", 0) != 0;
        int inferred = -1;
        long known = 1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] == 0 && !allowZero) {
                if (i >= in.length) {
                    throw n.mismatch("target " + Arrays.toString(target) + " copies a dimension " + Dims.text(in) + " lacks");
                }
                target[i] = in[i];
            }
            if (target[i] == -1 && inferred < 0) {
                inferred = i;
            } else if (target[i] < 0) {
                throw n.mismatch("bad target " + Arrays.toString(n.values(1)));
            } else {
                known = Math.multiplyExact(known, target[i]);
            }
        }
        long count = Dims.count(in);
        if (inferred >= 0) {
            if (known == 0 || count % known != 0) {
                throw n.mismatch("cannot reshape " + Dims.text(in) + " to " + Arrays.toString(n.values(1)));
            }
            target[inferred] = count / known;
        } else if (known != count) {
            throw n.mismatch("cannot reshape " + Dims.text(in) + " (" + count + " elements) to " + Dims.text(target));
        }
        n.set(0, n.type(0), target, n.valuesOrNull(0));
    }

    private static void flatten(NodeContext n) {
        long[] in = n.dims(0);
        long axis = n.attrInt("axis", 1);
        int split = axis == in.length ? in.length : Dims.axis(axis, in.length);
        n.set(0, n.type(0), new long[] {Dims.product(in, 0, split), Dims.product(in, split, in.length)},
                n.valuesOrNull(0));
    }

    private static void unsqueeze(NodeContext n) {
        long[] in = n.dims(0);
        long[] axes = n.intsFromAttrOrInput("axes", 1, 13);
        if (axes == null) {
            throw n.mismatch("missing axes");
        }
        int rank = in.length + axes.length;
        boolean[] inserted = new boolean[rank];
        for (long a : axes) {
            inserted[Dims.axis(a, rank)] = true;
        }
        long[] out = new long[rank];
        int next = 0;
        for (int i = 0; i < rank; i++) {
            out[i] = inserted[i] ? 1 : in[next++];
        }
        if (next != in.length) {
            throw n.mismatch("repeated axes " + Arrays.toString(axes));
        }
        n.set(0, n.type(0), out, n.valuesOrNull(0));
    }

    /** Removes the listed axes (each must be 1), or every size-1 axis when none are listed. */
    private static void squeeze(NodeContext n) {
        long[] in = n.dims(0);
        long[] axes = n.intsFromAttrOrInput("axes", 1, 13);
        boolean[] removed = new boolean[in.length];
        for (int i = 0; i < in.length; i++) {
            removed[i] = axes == null && in[i] == 1;
        }
        if (axes != null) {
            for (long a : axes) {
                int axis = Dims.axis(a, in.length);
                if (in[axis] != 1) {
                    throw n.mismatch("cannot squeeze axis " + a + " of " + Dims.text(in));
                }
                removed[axis] = true;
            }
        }
        long[] out = new long[in.length];
        int rank = 0;
        for (int i = 0; i < in.length; i++) {
            if (!removed[i]) {
                out[rank++] = in[i];
            }
        }
        n.set(0, n.type(0), Arrays.copyOf(out, rank), n.valuesOrNull(0));
    }

    private static void expand(NodeContext n) {
        long[] in = n.dims(0);
        long[] out = Dims.broadcast(in, n.values(1));
        long[] values = n.valuesOrNull(0);
        boolean fold = values != null && Dims.count(out) <= TensorFacts.MAX_FOLDED_ELEMENTS;
        n.set(0, n.type(0), out, fold ? Dims.expand(values, in, out) : null);
    }
}
