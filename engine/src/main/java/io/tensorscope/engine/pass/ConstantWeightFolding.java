package io.tensorscope.engine.pass;

import io.tensorscope.engine.cost.Parameters;
import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Map;

/**
 * Moves the weights an exporter kept in {@code Constant} nodes into initializers of the same names, so that every pass
 * finds a weight where it looks for one (a quantizer reads initializers): each Constant whose tensor is a weight
 * ({@link Parameters#isConstantWeight}) is removed and its tensor becomes the initializer named by the Constant's
 * output. What the graph computes does not change; Constants that are graph outputs stay.
 */
public final class ConstantWeightFolding {

    private ConstantWeightFolding() {
    }

    /** @return {@code model} with its Constant weights as initializers; {@code model} itself when it has none */
    public static Model fold(Model model) {
        Map<String, TensorProto> weights = Parameters.constantWeights(model);
        weights.keySet().removeIf(model.index()::isOutput);
        if (weights.isEmpty()) {
            return model;
        }
        GraphProto.Builder graph = model.graph().toBuilder().clearNode();
        for (NodeProto node : model.graph().getNodeList()) {
            boolean folded = node.getOpType().equals("Constant") && node.getOutputCount() == 1
                    && weights.containsKey(node.getOutput(0));
            if (!folded) {
                graph.addNode(node);
            }
        }
        weights.forEach((name, tensor) -> graph.addInitializer(tensor.toBuilder().setName(name)));
        return model.withProto(model.proto().toBuilder().setGraph(graph).build());
    }
}
