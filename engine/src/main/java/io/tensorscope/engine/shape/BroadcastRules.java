package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import java.util.Map;

/**
 * Element-wise operators with numpy broadcasting over all inputs (arithmetic, comparisons, logic,
 * {@code Where}, variadic {@code Min/Max/Sum/Mean}). Integer results are folded when every input is.
 */
final class BroadcastRules {

    /** Folds one output element from the broadcast input elements. */
    @FunctionalInterface
    private interface Fold {
        long apply(long[] args);
    }

    private BroadcastRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("Add", arithmetic(a -> a[0] + a[1]));
        rules.put("Sub", arithmetic(a -> a[0] - a[1]));
        rules.put("Mul", arithmetic(a -> a[0] * a[1]));
        rules.put("Div", arithmetic(a -> a[0] / a[1]));
        rules.put("Mod", arithmetic(a -> Math.floorMod(a[0], a[1])));
        rules.put("Pow", arithmetic(null));
        rules.put("Min", arithmetic(BroadcastRules::min));
        rules.put("Max", arithmetic(BroadcastRules::max));
        rules.put("Sum", arithmetic(BroadcastRules::sum));
        rules.put("Mean", arithmetic(null));
        rules.put("Equal", comparison(a -> a[0] == a[1] ? 1 : 0));
        rules.put("Less", comparison(a -> a[0] < a[1] ? 1 : 0));
        rules.put("LessOrEqual", comparison(a -> a[0] <= a[1] ? 1 : 0));
        rules.put("Greater", comparison(a -> a[0] > a[1] ? 1 : 0));
        rules.put("GreaterOrEqual", comparison(a -> a[0] >= a[1] ? 1 : 0));
        rules.put("And", comparison(a -> a[0] & a[1]));
        rules.put("Or", comparison(a -> a[0] | a[1]));
        rules.put("Xor", comparison(a -> a[0] ^ a[1]));
        rules.put("Where", n -> infer(n, n.type(1), a -> a[0] != 0 ? a[1] : a[2]));
    }

    private static ShapeRule arithmetic(Fold fold) {
        return n -> infer(n, n.type(0), fold);
    }

    private static ShapeRule comparison(Fold fold) {
        return n -> infer(n, ElementType.BOOL, fold);
    }

    private static void infer(NodeContext n, ElementType type, Fold fold) {
        int inputs = n.inputCount();
        long[] out = n.dims(0);
        for (int i = 1; i < inputs; i++) {
            out = Dims.broadcast(out, n.dims(i));
        }
        n.set(0, type, out, fold == null ? null : folded(n, out, type, fold));
    }

    /** @return the folded output values, or null if an input is not folded or a value cannot be computed */
    private static long[] folded(NodeContext n, long[] out, ElementType type, Fold fold) {
        long count = Dims.count(out);
        if (!TensorFacts.foldable(type) || count > TensorFacts.MAX_FOLDED_ELEMENTS) {
            return null;
        }
        int inputs = n.inputCount();
        long[][] expanded = new long[inputs][];
        for (int i = 0; i < inputs; i++) {
            long[] values = n.valuesOrNull(i);
            if (values == null) {
                return null;
            }
            expanded[i] = Dims.expand(values, n.dims(i), out);
        }
        long[] result = new long[(int) count];
        long[] args = new long[inputs];
        try {
            for (int k = 0; k < result.length; k++) {
                for (int i = 0; i < inputs; i++) {
                    args[i] = expanded[i][k];
                }
                result[k] = fold.apply(args);
            }
        } catch (ArithmeticException divisionByZero) {
            return null;
        }
        return result;
    }

    private static long min(long[] args) {
        long m = Long.MAX_VALUE;
        for (long a : args) {
            m = Math.min(m, a);
        }
        return m;
    }

    private static long max(long[] args) {
        long m = Long.MIN_VALUE;
        for (long a : args) {
            m = Math.max(m, a);
        }
        return m;
    }

    private static long sum(long[] args) {
        long s = 0;
        for (long a : args) {
            s += a;
        }
        return s;
    }
}
