package io.tensorscope.profiler.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.quantize.DynamicInt8Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeOriginsTest {

    @Test
    void nodesAPassInsertsWorkForTheOriginalNodeDownstream() throws Exception {
        GraphBuilder g = GraphBuilder.create("mlp").input("x", ElementType.FLOAT, 1, 8)
                .initializer("w1", new float[64], 8, 8).initializer("w2", new float[64], 8, 8);
        g.node("MatMul", "x", "w1").name("first").outputs("h");
        g.node("Relu", "h").name("relu").outputs("a");
        g.node("MatMul", "a", "w2").name("second").outputs("y");
        Model model = g.output("y", ElementType.FLOAT).build();
        DynamicInt8Pass pass = new DynamicInt8Pass();
        Model quantized = pass.apply(model, PassOptions.defaults(pass), PassContext.of(ProgressListener.NONE)).model();

        Map<String, String> origins = NodeOrigins.of(model.graph(), quantized.graph());
        for (NodeProto node : quantized.graph().getNodeList()) {
            String expected = node.getName().startsWith("x") || node.getName().startsWith("first") ? "first"
                    : node.getName().equals("relu") ? "relu" : "second";
            assertEquals(expected, origins.get(node.getName()), node.getName() + " (" + node.getOpType() + ")");
        }
        assertEquals(1 + 4 + 1 + 1 + 4, quantized.graph().getNodeCount(), "per MatMul a DynamicQuantizeLinear and 4 nodes; the Relu");
    }
}
