package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import ai.djl.nn.norm.Dropout;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Element-wise operators: arithmetic with ONNX (numpy) broadcasting, activations, Dropout and Identity.
 */
final class ElementwiseOps {

    private ElementwiseOps() {
    }

    static void register(Map<String, OpBinder> ops) {
        binary(ops, "Add", NDArray::add);
        binary(ops, "Sub", NDArray::sub);
        binary(ops, "Mul", NDArray::mul);
        binary(ops, "Div", NDArray::div);
        binary(ops, "Pow", NDArray::pow);
        unary(ops, "Relu", Activation::relu);
        unary(ops, "Sigmoid", Activation::sigmoid);
        unary(ops, "Tanh", Activation::tanh);
        unary(ops, "Softplus", Activation::softPlus);
        unary(ops, "Erf", NDArray::erf);
        unary(ops, "Sqrt", NDArray::sqrt);
        unary(ops, "Exp", NDArray::exp);
        unary(ops, "Log", NDArray::log);
        unary(ops, "Neg", NDArray::neg);
        unary(ops, "Abs", NDArray::abs);
        unary(ops, "Identity", x -> x);
        ops.put("LeakyRelu", spec -> {
            float alpha = spec.floatOr("alpha", 0.01f);
            return in -> Activation.leakyRelu(in.get(0), alpha);
        });
        ops.put("Elu", spec -> {
            float alpha = spec.floatOr("alpha", 1f);
            return in -> Activation.elu(in.get(0), alpha);
        });
        ops.put("Gelu", ElementwiseOps::gelu);
        ops.put("Clip", ElementwiseOps::clip);
        ops.put("Dropout", ElementwiseOps::dropout);
    }

    private static void binary(Map<String, OpBinder> ops, String opType, BinaryOperator<NDArray> f) {
        ops.put(opType, spec -> in -> f.apply(in.get(0), in.get(1)));
    }

    private static void unary(Map<String, OpBinder> ops, String opType, UnaryOperator<NDArray> f) {
        ops.put(opType, spec -> in -> f.apply(in.get(0)));
    }

    /** Gelu (opset 20): the exact form 0.5·x·(1 + erf(x/√2)), or PyTorch's tanh approximation. */
    private static NodeOp gelu(NodeSpec spec) {
        if (spec.stringOr("approximate", "none").equals("tanh")) {
            return in -> Activation.gelu(in.get(0));
        }
        return in -> {
            NDArray x = in.get(0);
            return x.mul(0.5f).mul(x.div((float) Math.sqrt(2)).erf().add(1f));
        };
    }

    /** Clip: bounds from attributes before opset 11, from optional inputs since. */
    private static NodeOp clip(NodeSpec spec) {
        if (spec.opset() < 11) {
            float min = spec.floatOr("min", -Float.MAX_VALUE);
            float max = spec.floatOr("max", Float.MAX_VALUE);
            return in -> in.get(0).clip(min, max);
        }
        return in -> {
            NDArray x = in.get(0);
            NDArray low = in.get(1);
            NDArray high = in.get(2);
            x = low == null ? x : x.maximum(low);
            return high == null ? x : x.minimum(high);
        };
    }

    /** Dropout: real dropout in training mode (ratio from the attribute before opset 12, else input 1), else identity. */
    private static NodeOp dropout(NodeSpec spec) {
        float attribute = spec.floatOr("ratio", 0.5f);
        boolean fromInput = spec.opset() >= 12;
        return in -> {
            if (!in.training()) {
                return in.get(0);
            }
            float ratio = fromInput ? (in.get(1) == null ? 0.5f : in.get(1).toFloatArray()[0]) : attribute;
            return Dropout.dropout(in.get(0), ratio, true).singletonOrThrow();
        };
    }
}
