package io.tensorscope.profiler.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.onnx.Onnx.GraphProto;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KernelMappingTest {

    /** x → MatMul → Add → Relu → y, with a shape subgraph Shape → Reshape target on the side. */
    private static GraphProto original() {
        GraphBuilder g = GraphBuilder.create("original").input("x", ElementType.FLOAT, 1, 4)
                .zeros("w", ElementType.FLOAT, 4, 4).zeros("b", ElementType.FLOAT, 4);
        g.node("MatMul", "x", "w").name("matmul").outputs("mm");
        g.node("Add", "mm", "b").name("add").outputs("sum");
        g.node("Shape", "x").name("shape").outputs("dims");
        g.node("Reshape", "sum", "dims").name("reshape").outputs("flat");
        g.node("Relu", "flat").name("relu").outputs("y");
        return g.output("y", ElementType.FLOAT).build().graph();
    }

    @Test
    void aFusedKernelCoversTheNodesWhoseOutputsItHid() {
        GraphBuilder run = GraphBuilder.create("run").input("x", ElementType.FLOAT, 1, 4)
                .zeros("w", ElementType.FLOAT, 4, 4).zeros("b", ElementType.FLOAT, 4).initializerInts("dims", new long[] {1, 4}, 2);
        run.node("FusedMatMulAdd", "x", "w", "b").name("fused").outputs("sum");
        run.node("Reshape", "sum", "dims").name("reshape").outputs("flat");
        run.node("Relu", "flat").name("relu").outputs("y");
        KernelMapping mapping = KernelMapping.between(original(), run.output("y", ElementType.FLOAT).build().graph());

        assertEquals(List.of(0, 1), mapping.nodesOf("fused"));
        assertEquals(List.of(3), mapping.nodesOf("reshape"));
        assertEquals(List.of(4), mapping.nodesOf("relu"));
        assertEquals(Set.of(2), mapping.removedNodes(), "Shape was folded into the 'dims' initializer");
    }

    @Test
    void withoutOptimisationTheMappingIsOneToOne() {
        GraphProto graph = original();
        KernelMapping mapping = KernelMapping.between(graph, graph);
        for (int i = 0; i < graph.getNodeCount(); i++) {
            assertEquals(List.of(i), mapping.nodesOf(graph.getNode(i).getName()));
        }
        assertEquals(Set.of(), mapping.removedNodes());
    }

    @Test
    void aRuntimeInsertedKernelCoversNothing() {
        GraphBuilder run = GraphBuilder.create("run").input("x", ElementType.FLOAT, 1, 4)
                .zeros("w", ElementType.FLOAT, 4, 4).zeros("b", ElementType.FLOAT, 4).initializerInts("dims", new long[] {1, 4}, 2);
        run.node("ReorderInput", "x").name("reorder").outputs("x_nchwc");
        run.node("MatMul", "x_nchwc", "w").name("matmul").outputs("mm");
        run.node("Add", "mm", "b").name("add").outputs("sum");
        run.node("Reshape", "sum", "dims").name("reshape").outputs("flat");
        run.node("Relu", "flat").name("relu").outputs("y");
        KernelMapping mapping = KernelMapping.between(original(), run.output("y", ElementType.FLOAT).build().graph());

        assertEquals(List.of(), mapping.nodesOf("reorder"));
        assertEquals(List.of(0), mapping.nodesOf("matmul"));
    }
}
