package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Arrays;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * Operators whose first output has the shape of their first input: activations, normalisations, casts
 * and (de)quantisation. Identity, Neg, Abs, Not and integer Casts also fold values.
 */
final class UnaryRules {

    private UnaryRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        for (String op : new String[] {"Relu", "LeakyRelu", "PRelu", "Elu", "Selu", "Sigmoid", "HardSigmoid",
                "HardSwish", "Tanh", "Gelu", "Erf", "Softmax", "LogSoftmax", "Sqrt", "Reciprocal", "Exp", "Log",
                "Clip", "Floor", "Ceil", "Round", "Sin", "Cos", "Softplus", "Sign", "Mish", "InstanceNormalization",
                "GroupNormalization", "CumSum"}) {
            rules.put(op, mapped(null));
        }
        rules.put("Identity", mapped(v -> v));
        rules.put("Neg", mapped(v -> -v));
        rules.put("Abs", mapped(Math::abs));
        rules.put("Not", mapped(v -> v == 0 ? 1 : 0));
        rules.put("Cast", UnaryRules::cast);
        rules.put("Dropout", UnaryRules::dropout);
        rules.put("LayerNormalization", UnaryRules::layerNormalization);
        rules.put("BatchNormalization", UnaryRules::batchNormalization);
        rules.put("QuantizeLinear", n -> n.set(0, n.has(2) ? n.type(2) : ElementType.UINT8, n.dims(0)));
        rules.put("DequantizeLinear", n -> n.set(0, n.type(1), n.dims(0)));
        rules.put("DynamicQuantizeLinear", UnaryRules::dynamicQuantize);
    }

    /** @return a rule copying shape and type of input 0, folding values through {@code fold} when given */
    private static ShapeRule mapped(LongUnaryOperator fold) {
        return n -> {
            long[] values = n.valuesOrNull(0);
            long[] out = null;
            if (fold != null && values != null) {
                out = new long[values.length];
                for (int i = 0; i < values.length; i++) {
                    out[i] = fold.applyAsLong(values[i]);
                }
            }
            n.set(0, n.type(0), n.dims(0), out);
        };
    }

    private static void cast(NodeContext n) {
        ElementType to = ElementType.fromOnnx((int) n.attrInt("to", TensorProto.DataType.UNDEFINED_VALUE));
        long[] values = n.valuesOrNull(0);
        if (values != null && to == ElementType.BOOL) {
            values = values.clone();
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i] != 0 ? 1 : 0;
            }
        }
        n.set(0, to, n.dims(0), values);
    }

    private static void dropout(NodeContext n) {
        long[] dims = n.dims(0);
        n.set(0, n.type(0), dims, n.valuesOrNull(0));
        n.set(1, ElementType.BOOL, dims);
    }

    /** Output 0 like X; outputs 1 and 2 (mean, inverse std-dev) keep the dims before {@code axis}, 1 after. */
    private static void layerNormalization(NodeContext n) {
        long[] dims = n.dims(0);
        n.set(0, n.type(0), dims);
        int axis = Dims.axis(n.attrInt("axis", -1), dims.length);
        long[] stats = dims.clone();
        Arrays.fill(stats, axis, stats.length, 1);
        ElementType stash = ElementType.fromOnnx((int) n.attrInt("stash_type", ElementType.FLOAT.onnxCode()));
        n.set(1, stash, stats);
        n.set(2, stash, stats);
    }

    /** Output 0 like X; training-mode outputs (running mean, running variance) like the scale input. */
    private static void batchNormalization(NodeContext n) {
        n.set(0, n.type(0), n.dims(0));
        long[] channels = n.dims(1);
        for (int out = 1; out < n.outputCount(); out++) {
            n.set(out, n.type(1), channels);
        }
    }

    private static void dynamicQuantize(NodeContext n) {
        n.set(0, ElementType.UINT8, n.dims(0));
        n.set(1, ElementType.FLOAT, new long[0]);
        n.set(2, ElementType.UINT8, new long[0]);
    }
}
