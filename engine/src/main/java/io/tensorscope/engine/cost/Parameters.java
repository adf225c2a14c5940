package io.tensorscope.engine.cost;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which constant tensors count as model parameters (weights): initializers, and tensors of {@code Constant} nodes
 * of more than one element, of floating-point types and of the 32-bit-or-narrower integer types that quantized
 * weights, zero points and biases use. int64 and bool tensors hold shapes, axes, indices or positions (e.g. BERT's
 * {@code position_ids}) and are not parameters.
 */
public final class Parameters {

    private Parameters() {
    }

    /** @return true if an initializer of this type is a parameter */
    public static boolean isParameterType(ElementType type) {
        return type != ElementType.INT64 && type != ElementType.UINT64 && type != ElementType.BOOL
                && type != ElementType.STRING && type != ElementType.UNDEFINED;
    }

    /**
     * @return whether a tensor a {@code Constant} node holds is a weight, counted like an initializer: of a parameter
     * type and more than one element (exporters such as paddle2onnx keep every weight in a Constant; a single-element
     * Constant is an epsilon, a scale or an axis, a hyper-parameter rather than a weight)
     */
    public static boolean isConstantWeight(TensorProto tensor) {
        return isParameterType(ElementType.fromOnnx(tensor.getDataType())) && elements(tensor) > 1;
    }

    /** @return the weights {@code Constant} nodes of the main graph hold, by the tensor each writes, in graph order */
    public static Map<String, TensorProto> constantWeights(Model model) {
        Map<String, TensorProto> weights = new LinkedHashMap<>();
        for (NodeProto node : model.graph().getNodeList()) {
            TensorProto held = node.getOutputCount() == 1 ? model.index().constant(node.getOutput(0)) : null;
            if (held != null && isConstantWeight(held)) {
                weights.put(node.getOutput(0), held);
            }
        }
        return weights;
    }

    /** @return number of elements of the tensor (product of its dims; 1 for a scalar) */
    public static long elements(TensorProto tensor) {
        long n = 1;
        for (long d : tensor.getDimsList()) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }
}
