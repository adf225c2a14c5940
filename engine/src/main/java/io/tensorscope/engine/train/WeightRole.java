package io.tensorscope.engine.train;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a float32 initializer is to training: a learnable weight, state that training updates without gradients
 * (BatchNormalization's running mean and variance), or a constant (shapes, scales, anything else).
 */
public enum WeightRole {
    /** Learned by gradient descent: Conv/ConvTranspose/Gemm/MatMul weights and biases, normalisation scales and
     * shifts, Gather tables, PRelu slopes, and the bias an Add puts on a Conv, Gemm or MatMul output. */
    TRAINED,
    /** BatchNormalization running statistics: updated in training mode, written back, no gradient. */
    STATE;

    /** @return the role of each float32 initializer that has one (the others stay constants) */
    static Map<String, WeightRole> of(GraphIndex index) {
        Map<String, WeightRole> roles = new HashMap<>();
        for (NodeProto node : index.graph().getNodeList()) {
            for (int i = 0; i < node.getInputCount(); i++) {
                TensorProto t = index.initializer(node.getInput(i));
                if (t != null && t.getDataType() == ElementType.FLOAT.onnxCode()) {
                    role(index, node, i).ifPresent(r -> roles.merge(t.getName(), r, WeightRole::stronger));
                }
            }
        }
        return roles;
    }

    private static Optional<WeightRole> role(GraphIndex index, NodeProto node, int input) {
        return switch (node.getOpType()) {
            case "Conv", "ConvTranspose", "LayerNormalization", "PRelu" -> trainedIf(input >= 1);
            case "Gemm", "MatMul" -> Optional.of(TRAINED);
            case "Gather" -> trainedIf(input == 0);
            case "BatchNormalization" -> input >= 3 ? Optional.of(STATE) : trainedIf(input >= 1);
            case "Add" -> trainedIf(biasOfALinearLayer(index, node, input));
            default -> Optional.empty();
        };
    }

    /** @return whether the other operand of this two-input Add is written by a Conv, Gemm or MatMul */
    private static boolean biasOfALinearLayer(GraphIndex index, NodeProto add, int input) {
        if (add.getInputCount() != 2) {
            return false;
        }
        return index.producer(add.getInput(1 - input)).map(NodeProto::getOpType)
                .filter(op -> op.equals("Conv") || op.equals("Gemm") || op.equals("MatMul")).isPresent();
    }

    private static Optional<WeightRole> trainedIf(boolean condition) {
        return condition ? Optional.of(TRAINED) : Optional.empty();
    }

    /** An initializer read both as a weight and as state is trained. */
    private static WeightRole stronger(WeightRole a, WeightRole b) {
        return a == TRAINED || b == TRAINED ? TRAINED : STATE;
    }
}
