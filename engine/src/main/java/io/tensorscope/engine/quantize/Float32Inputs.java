package io.tensorscope.engine.quantize;

import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.Set;

/**
 * Operator inputs that take float32 only, whatever precision the operator computes in: {@code Resize}'s and
 * {@code Upsample}'s scales (ONNX types them {@code tensor(float)}, not T) and {@code NonMaxSuppression}'s boxes,
 * scores and thresholds. A float16 conversion keeps them float32: an initializer read only there stays float32, any
 * other tensor gets a {@code Cast} in front of the input.
 */
final class Float32Inputs {

    private Float32Inputs() {
    }

    /**
     * @param node  a node of the model
     * @param input the position of one of its inputs
     * @param opset the model's default-domain opset (Resize's scales moved from input 1 to 2 at opset 11)
     * @return whether that input takes float32 only
     */
    static boolean contains(NodeProto node, int input, long opset) {
        if (!node.getDomain().isEmpty() && !node.getDomain().equals("ai.onnx")) {
            return false;
        }
        return switch (node.getOpType()) {
            case "Resize" -> input == (opset < 11 ? 1 : 2);
            case "Upsample" -> input == 1;
            case "NonMaxSuppression" -> Set.of(0, 1, 3, 4).contains(input);
            default -> false;
        };
    }
}
