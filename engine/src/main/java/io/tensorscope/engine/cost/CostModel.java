package io.tensorscope.engine.cost;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.shape.InferredShapes;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.ArrayList;
import java.util.List;

/** PLACEHOLDER (replaced by the cost-model work): marks every node unknown. */
public final class CostModel {

    private CostModel() {
    }

    /**
     * Computes the cost of every node, in graph order.
     *
     * @throws TensorscopeException {@code CANCELLED} if the listener asks to stop
     */
    public static List<NodeCost> nodeCosts(Model model, InferredShapes shapes, ProgressListener progress)
            throws TensorscopeException {
        List<NodeCost> result = new ArrayList<>();
        for (int i = 0; i < model.nodeCount(); i++) {
            NodeProto n = model.graph().getNode(i);
            result.add(new NodeCost(i, model.nodeName(i), n.getOpType(), n.getInputList(), n.getOutputList(),
                    n.getOutputList().stream().map(shapes::shapeOf).toList(), false, 0, 0, 0, 0));
        }
        return result;
    }
}
