package io.tensorscope.profiler.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.onnx.Onnx.GraphProto;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void runtimeLayoutKernelsAreMatchedByTheNodeTheyAreNamedAfter() {
        // As ONNX Runtime runs the MNIST CNN: Conv+Relu fused into NCHWc convolutions on runtime-made tensors,
        // and a ReorderOutput that also absorbs the Transpose after the pooling.
        GraphBuilder g = GraphBuilder.create("cnn").input("x", ElementType.FLOAT, 1, 1, 8, 8)
                .zeros("k1", ElementType.FLOAT, 4, 1, 3, 3).zeros("k2", ElementType.FLOAT, 4, 4, 3, 3);
        g.node("Conv", "x", "k1").name("conv1").outputs("conv1/out");
        g.node("Relu", "conv1/out").name("conv1/relu").outputs("conv1/relu");
        g.node("Conv", "conv1/relu", "k2").name("conv2").outputs("conv2/out");
        g.node("Relu", "conv2/out").name("conv2/relu").outputs("conv2/relu");
        g.node("MaxPool", "conv2/relu").name("pool").outputs("pool/out").attrInts("kernel_shape", 2, 2);
        g.node("Transpose", "pool/out").name("to_nhwc").outputs("nhwc").attrInts("perm", 0, 2, 3, 1);
        GraphProto original = g.output("nhwc", ElementType.FLOAT).build().graph();

        GraphBuilder r = GraphBuilder.create("run").input("x", ElementType.FLOAT, 1, 1, 8, 8)
                .zeros("reorder", ElementType.FLOAT, 4, 1, 3, 3).zeros("reorder_token_1", ElementType.FLOAT, 4, 4, 3, 3);
        r.node("Conv", "x", "reorder").name("conv1/relu_nchwc").outputs("reorder_token_0");
        r.node("Conv", "reorder_token_0", "reorder_token_1").name("conv2/relu_nchwc").outputs("reorder_token_2");
        r.node("MaxPool", "reorder_token_2").name("pool/out_nchwc").outputs("reorder_token_3");
        r.node("ReorderOutput", "reorder_token_3").name("ReorderOutput").outputs("nhwc");
        KernelMapping mapping = KernelMapping.between(original, r.output("nhwc", ElementType.FLOAT).build().graph());

        assertEquals(List.of(0, 1), mapping.nodesOf("conv1/relu_nchwc"));
        assertEquals(List.of(2, 3), mapping.nodesOf("conv2/relu_nchwc"));
        assertEquals(List.of(4), mapping.nodesOf("pool/out_nchwc"), "named after the pooling's output tensor");
        assertEquals(List.of(5), mapping.nodesOf("ReorderOutput"));
        assertEquals(Set.of(), mapping.removedNodes());
    }

    @Test
    void fusedNamesLoseOnnxRuntimeDecorations() {
        Map<String, Integer> byName = Map.of("dense_1", 3);
        assertEquals(Optional.of(3), KernelMapping.anchorOf("fused dense_1", byName, tensor -> null));
        assertEquals(Optional.of(3), KernelMapping.anchorOf("dense_1_nchwc", byName, tensor -> null));
        assertEquals(Optional.empty(), KernelMapping.anchorOf("BiasGelu_token_6", byName, tensor -> null));
    }
}
