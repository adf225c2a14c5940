package io.tensorscope.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.shape.InputSizes;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** FLOPs, params and bytes of nodes with hand-computed costs. */
class CostModelTest {

    private static final ElementType F = ElementType.FLOAT;

    private static Map<String, NodeCost> costs(GraphBuilder b) throws Exception {
        ModelAnalysis analysis = ModelAnalyzer.analyze(b.build(), InputSizes.defaults(), ProgressListener.NONE);
        return analysis.nodes().stream().collect(Collectors.toMap(NodeCost::name, Function.identity()));
    }

    @Test
    void resNetStemConvolution() throws Exception {
        GraphBuilder b = GraphBuilder.create("stem");
        b.input("x", F, 1, 3, 224, 224).zeros("w", F, 64, 3, 7, 7).zeros("bias", F, 64);
        b.node("Conv", "x", "w", "bias").name("conv").attrInts("strides", 2, 2).attrInts("pads", 3, 3, 3, 3).outputs("y");
        b.node("Conv", "x", "w").name("conv_no_bias").attrInts("strides", 2, 2).attrInts("pads", 3, 3, 3, 3).outputs("z");
        NodeCost conv = costs(b).get("conv");
        long outputs = 64L * 112 * 112;
        assertEquals(Shape.of(1, 64, 112, 112), conv.outputShapes().get(0));
        assertEquals(2L * 3 * 49 * outputs + outputs, conv.flops());
        assertEquals(236_830_720L, conv.flops());
        assertEquals(2L * 3 * 49 * outputs, costs(b).get("conv_no_bias").flops());
        assertEquals(64L * 3 * 49 + 64, conv.params());
        assertEquals(4L * (3 * 224 * 224 + 64 * 3 * 49 + 64), conv.bytesRead());
        assertEquals(4L * outputs, conv.bytesWritten());
        assertEquals((double) conv.flops() / conv.bytesMoved(), conv.arithmeticIntensity(), 1e-12);
    }

    @Test
    void groupedConvolutionCountsOnlyItsGroupsChannels() throws Exception {
        GraphBuilder b = GraphBuilder.create("depthwise");
        b.input("x", F, 1, 32, 56, 56).zeros("w", F, 32, 1, 3, 3);
        b.node("Conv", "x", "w").name("dw").attr("group", 32).attrInts("pads", 1, 1, 1, 1).outputs("y");
        assertEquals(2L * 9 * 32 * 56 * 56, costs(b).get("dw").flops());
    }

    @Test
    void matrixProducts() throws Exception {
        GraphBuilder b = GraphBuilder.create("mm");
        b.input("a", F, 2, 12, 128, 32).input("bt", F, 2, 12, 32, 128).input("x", F, 8, 256);
        b.zeros("w", F, 100, 256).zeros("c", F, 100);
        b.node("MatMul", "a", "bt").name("scores").outputs("s");
        b.node("Gemm", "x", "w", "c").name("fc").attr("transB", 1).outputs("y");
        b.node("Gemm", "x", "w").name("fc_no_bias").attr("transB", 1).outputs("z");
        Map<String, NodeCost> costs = costs(b);
        assertEquals(2L * 2 * 12 * 128 * 128 * 32, costs.get("scores").flops());
        assertEquals(0, costs.get("scores").params(), "activations are not parameters");
        assertEquals(2L * 8 * 100 * 256 + 8 * 100, costs.get("fc").flops());
        assertEquals(2L * 8 * 100 * 256, costs.get("fc_no_bias").flops());
        assertEquals(100L * 256 + 100, costs.get("fc").params());
    }

    @Test
    void elementwisePoolsAndDataMovement() throws Exception {
        GraphBuilder b = GraphBuilder.create("misc");
        b.input("x", F, 1, 8, 6, 6).input("s", F, 8, 1, 1);
        b.initializerInts("flat", new long[] {1, -1}, 2);
        b.node("Add", "x", "s").name("add").outputs("a");
        b.node("Softmax", "a").name("softmax").outputs("sm");
        b.node("MaxPool", "a").name("pool").attrInts("kernel_shape", 3, 3).attrInts("strides", 3, 3).outputs("p");
        b.node("Reshape", "a", "flat").name("reshape").outputs("r");
        b.node("Shape", "a").name("shape").outputs("sh");
        Map<String, NodeCost> costs = costs(b);
        assertEquals(288, costs.get("add").flops());
        assertEquals(5 * 288, costs.get("softmax").flops());
        assertEquals(8 * 2 * 2 * 9, costs.get("pool").flops());
        NodeCost reshape = costs.get("reshape");
        assertTrue(reshape.costKnown());
        assertEquals(0, reshape.flops());
        assertEquals(0, reshape.params(), "int64 shape tensors are not parameters");
        assertEquals(288 * 4 + 2 * 8, reshape.bytesRead());
        assertEquals(288 * 4, reshape.bytesWritten());
        assertEquals(0, costs.get("shape").bytesRead(), "Shape reads metadata only");
        assertEquals(4 * 8, costs.get("shape").bytesWritten());
    }

    @Test
    void recurrentLayersCountTheirGateProductsPerStep() throws Exception {
        GraphBuilder b = GraphBuilder.create("lstm").opset(14);
        b.input("x", F, 5, 2, 3);
        b.initializer("w", new float[2 * 16 * 3], 2, 16, 3);
        b.initializer("r", new float[2 * 16 * 4], 2, 16, 4);
        b.node("LSTM", "x", "w", "r").name("lstm").attr("hidden_size", 4).attr("direction", "bidirectional")
                .outputs("y", "y_h", "y_c");
        NodeCost lstm = costs(b).get("lstm");
        assertTrue(lstm.costKnown());
        assertEquals(java.util.List.of(Shape.of(5, 2, 2, 4), Shape.of(2, 2, 4), Shape.of(2, 2, 4)), lstm.outputShapes());
        assertEquals(5 * 2 * 2 * (4 * 2 * 4 * (3 + 4) + 6 * 4), lstm.flops(),
                "5 steps × 2 directions × batch 2 × (4 gates × 2·hidden·(input + hidden) + 6 per hidden unit)");
        assertEquals(2 * 16 * 3 + 2 * 16 * 4, lstm.params());
    }

    @Test
    void paddingTilingAndPickingAreDataMovementWithKnownShapes() throws Exception {
        GraphBuilder b = GraphBuilder.create("moves").opset(13);
        b.input("x", F, 1, 4, 6, 6);
        b.initializerInts("pads", new long[] {0, 0, 1, 2, 0, 0, 1, 2}, 8);
        b.initializerInts("reps", new long[] {1, 2, 1, 1}, 4);
        b.initializerInts("k", new long[] {3}, 1);
        b.node("Pad", "x", "pads").name("pad").outputs("p");
        b.node("Tile", "p", "reps").name("tile").outputs("t");
        b.node("DepthToSpace", "t").name("d2s").attr("blocksize", 2).outputs("d");
        b.node("TopK", "d", "k").name("topk").outputs("v", "i");
        b.node("Mish", "v").name("mish").outputs("m");
        Map<String, NodeCost> costs = costs(b);
        assertEquals(java.util.List.of(Shape.of(1, 4, 8, 10)), costs.get("pad").outputShapes());
        assertEquals(java.util.List.of(Shape.of(1, 8, 8, 10)), costs.get("tile").outputShapes());
        assertEquals(java.util.List.of(Shape.of(1, 2, 16, 20)), costs.get("d2s").outputShapes());
        assertEquals(Shape.of(1, 2, 16, 3), costs.get("topk").outputShapes().get(0));
        for (String moving : new String[] {"pad", "tile", "d2s"}) {
            assertTrue(costs.get(moving).costKnown() && costs.get(moving).flops() == 0, moving);
        }
        assertEquals(1 * 2 * 16 * 20, costs.get("topk").flops(), "one comparison per input element");
        assertEquals(5 * 2 * 16 * 3, costs.get("mish").flops());
    }

    @Test
    void einsumIsAMultiplyAddPerIndexCombination() throws Exception {
        GraphBuilder b = GraphBuilder.create("einsum").opset(12);
        b.input("a", F, 2, 3, 4).input("c", F, 2, 4, 5);
        b.node("Einsum", "a", "c").name("bmm").attr("equation", "bij,bjk->bik").outputs("y");
        b.node("Einsum", "a").name("sum").attr("equation", "bij").outputs("s");
        Map<String, NodeCost> costs = costs(b);
        assertEquals(java.util.List.of(Shape.of(2, 3, 5)), costs.get("bmm").outputShapes());
        assertEquals(2 * 2 * 3 * 4 * 5, costs.get("bmm").flops(), "the batched product's 2·B·M·K·N");
        assertEquals(java.util.List.of(Shape.of(2, 3, 4)), costs.get("sum").outputShapes(),
                "implicit output: the letters once, alphabetically");
        assertEquals(2 * 3 * 4, costs.get("sum").flops());
    }

    @Test
    void anIfTakesTheShapesOfItsBranchesAndCostsTheLargerOne() throws Exception {
        GraphBuilder b = GraphBuilder.create("if").opset(13);
        b.input("x", F, 1, 8).input("cond", ElementType.BOOL);
        b.initializer("w", new float[8 * 4], 8, 4);
        b.node("If", "cond").name("branch").outputs("y");
        b.output("y", F);
        io.tensorscope.onnx.Onnx.GraphProto then = io.tensorscope.onnx.Onnx.GraphProto.newBuilder().setName("then")
                .addNode(GraphBuilder.NodeBuilder.of("MatMul", "mm", "x", "w").outputs("t").build())
                .addOutput(io.tensorscope.onnx.Onnx.ValueInfoProto.newBuilder().setName("t")).build();
        io.tensorscope.onnx.Onnx.GraphProto otherwise = io.tensorscope.onnx.Onnx.GraphProto.newBuilder().setName("else")
                .addNode(GraphBuilder.NodeBuilder.of("MatMul", "mm2", "x", "w").outputs("e0").build())
                .addNode(GraphBuilder.NodeBuilder.of("Relu", "relu", "e0").outputs("e").build())
                .addOutput(io.tensorscope.onnx.Onnx.ValueInfoProto.newBuilder().setName("e")).build();
        io.tensorscope.engine.model.Model plain = b.build();
        io.tensorscope.onnx.Onnx.NodeProto node = plain.graph().getNode(0).toBuilder()
                .addAttribute(io.tensorscope.onnx.Onnx.AttributeProto.newBuilder().setName("then_branch")
                        .setType(io.tensorscope.onnx.Onnx.AttributeProto.AttributeType.GRAPH).setG(then))
                .addAttribute(io.tensorscope.onnx.Onnx.AttributeProto.newBuilder().setName("else_branch")
                        .setType(io.tensorscope.onnx.Onnx.AttributeProto.AttributeType.GRAPH).setG(otherwise)).build();
        io.tensorscope.engine.model.Model model = plain.withProto(plain.proto().toBuilder().setGraph(
                plain.graph().toBuilder().setNode(0, node)).build());
        NodeCost branch = ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE).nodes().get(0);
        assertEquals(java.util.List.of(Shape.of(1, 4)), branch.outputShapes(), "both branches give 1x4");
        assertTrue(branch.costKnown());
        assertEquals(2 * 8 * 4 + 4, branch.flops(), "the larger branch: the product and the Relu");
        assertEquals(8 * 4, branch.params(), "the outer weight a branch reads");
    }

    @Test
    void resizeScalesFromAConstantAndCostsByMode() throws Exception {
        GraphBuilder b = GraphBuilder.create("resize").opset(13);
        b.input("x", F, 1, 3, 10, 12);
        b.initializer("scales", new float[] {1, 1, 2, 0.5f}, 4);
        b.node("Resize", "x", "", "scales").name("nearest").outputs("n");
        b.node("Resize", "x", "", "scales").name("bilinear").attr("mode", "linear").outputs("l");
        Map<String, NodeCost> costs = costs(b);
        assertEquals(java.util.List.of(Shape.of(1, 3, 20, 6)), costs.get("nearest").outputShapes());
        assertEquals(0, costs.get("nearest").flops());
        assertTrue(costs.get("nearest").costKnown(), "nearest-neighbour: bytes only, not unknown");
        assertEquals(8 * 3 * 20 * 6, costs.get("bilinear").flops());
    }

    @Test
    void unknownOpsAndUnknownShapesAreFlaggedNotFree() throws Exception {
        GraphBuilder b = GraphBuilder.create("unknown");
        b.input("x", F, 4, 4);
        b.node("NonMaxSuppression", "x").name("nms").outputs("n");
        b.node("Relu", "n").name("after").outputs("r");
        b.node("Relu", "x").name("fine").outputs("f");
        b.node("Relu", "f").name("custom").domain("com.example").outputs("c");
        ModelAnalysis analysis = ModelAnalyzer.analyze(b.build(), InputSizes.defaults(), ProgressListener.NONE);
        Map<String, NodeCost> costs = analysis.nodes().stream()
                .collect(Collectors.toMap(NodeCost::name, Function.identity()));
        assertFalse(costs.get("nms").costKnown());
        assertFalse(costs.get("after").costKnown(), "its input shape is unknown");
        assertTrue(Double.isNaN(costs.get("after").arithmeticIntensity()));
        assertFalse(costs.get("custom").costKnown());
        assertEquals("com.example.Relu", costs.get("custom").opType());
        assertTrue(costs.get("fine").costKnown());
        assertEquals(3, analysis.totals().unknownNodes());
        assertEquals(16, analysis.totals().flops());
    }
}
