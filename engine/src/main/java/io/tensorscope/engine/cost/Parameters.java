package io.tensorscope.engine.cost;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.onnx.Onnx.TensorProto;

/**
 * Which constant tensors count as model parameters (weights): initializers of floating-point types and
 * of the 32-bit-or-narrower integer types that quantized weights, zero points and biases use. int64 and
 * bool initializers hold shapes, axes, indices or positions (e.g. BERT's {@code position_ids}) and are
 * not parameters.
 */
public final class Parameters {

    private Parameters() {
    }

    /** @return true if an initializer of this type is a parameter */
    public static boolean isParameterType(ElementType type) {
        return type != ElementType.INT64 && type != ElementType.UINT64 && type != ElementType.BOOL
                && type != ElementType.STRING && type != ElementType.UNDEFINED;
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
