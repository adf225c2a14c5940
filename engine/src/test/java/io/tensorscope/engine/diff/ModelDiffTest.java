package io.tensorscope.engine.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TestModels;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.quantize.DynamicInt8Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structure and weight diffs of graphs built here, of our own passes' output, and of ONNX Runtime's int8 MiniLM. */
class ModelDiffTest {

    @TempDir
    Path dir;

    /** x[1,4] → MatMul(w[4,3]) → Relu → y, with names of our choosing. */
    private static Model chain(String matMul, String relu, float[] weights) {
        GraphBuilder b = GraphBuilder.create("chain").opset(13).input("x", ElementType.FLOAT, 1, 4)
                .output("y", ElementType.FLOAT);
        b.initializer("w", weights, 4, 3);
        b.node("MatMul", "x", "w").name(matMul).outputs("h");
        b.node("Relu", "h").name(relu).outputs("y");
        return b.build();
    }

    private static float[] weights(long seed) {
        Random random = new Random(seed);
        float[] w = new float[12];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextGaussian();
        }
        return w;
    }

    private static NodeDiff node(ModelDiff diff, String name) {
        return diff.nodes().stream().filter(n -> name.equals(n.name())).findFirst().orElseThrow();
    }

    private static WeightDiff weight(ModelDiff diff, String name) {
        return diff.weights().stream().filter(w -> name.equals(w.name())).findFirst().orElseThrow();
    }

    @Test
    void aModelAgainstItselfIsUnchangedThroughout() {
        Model model = chain("mm", "act", weights(1));
        ModelDiff diff = ModelDiff.of(model, model);
        assertEquals(2, diff.nodeCount(NodeChange.UNCHANGED));
        assertEquals(1, diff.weightCount(NodeChange.UNCHANGED));
        assertEquals(0.0, weight(diff, "w").relativeL2());
        assertEquals(MatchRule.NAME, node(diff, "mm").rule());
    }

    @Test
    void renamedNodesArePairedByTopologyAndChangedWeightsByTheNodeReadingThem() {
        float[] before = {3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        float[] after = {3, 4, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        ModelDiff diff = ModelDiff.of(chain("mm", "act", before), chain("matmul_renamed", "relu_renamed", after));
        NodeDiff mm = node(diff, "mm");
        assertEquals(MatchRule.TOPOLOGY, mm.rule());
        assertEquals("matmul_renamed", mm.after());
        assertEquals(NodeChange.CHANGED, mm.change(), "its weight changed");
        assertEquals(MatchRule.TOPOLOGY, node(diff, "act").rule());
        assertEquals(NodeChange.UNCHANGED, node(diff, "act").change());
        WeightDiff w = weight(diff, "w");
        assertEquals(0.2, w.relativeL2(), 1e-9, "‖(0,0,0,1)‖ / ‖(3,4)‖ = 1/5");
        assertEquals(10.0 / 12, w.sparsityBefore(), 1e-12);
        assertEquals(9.0 / 12, w.sparsityAfter(), 1e-12);
        assertTrue(mm.reasons().get(0).contains("relative L2 0.200"), mm.reasons().toString());
    }

    @Test
    void nodesOnlyOneModelHasAreAddedOrRemoved() {
        GraphBuilder b = GraphBuilder.create("chain").opset(13).input("x", ElementType.FLOAT, 1, 4)
                .output("y", ElementType.FLOAT);
        b.initializer("w", weights(1), 4, 3);
        b.node("MatMul", "x", "w").name("mm").outputs("h");
        b.node("Sigmoid", "h").name("gate").outputs("y");
        ModelDiff diff = ModelDiff.of(chain("mm", "act", weights(1)), b.build());
        assertEquals(NodeChange.REMOVED, node(diff, "act").change());
        assertEquals(NodeChange.ADDED, node(diff, "gate").change());
        assertNull(node(diff, "gate").serves());
        assertEquals(NodeChange.UNCHANGED, node(diff, "mm").change(), "same op, same weight, same input");
    }

    @Test
    void int8WeightsAreComparedDequantizedWithTheirScaleAndZeroPoint() {
        float[] values = {0.5f, -1f, 2f, 0f};
        GraphBuilder a = GraphBuilder.create("a").opset(13).input("x", ElementType.FLOAT, 2, 2).output("y", ElementType.FLOAT);
        a.initializer("w", values, 2, 2);
        a.node("MatMul", "x", "w").name("mm").outputs("y");
        GraphBuilder b = GraphBuilder.create("b").opset(13).input("x", ElementType.FLOAT, 2, 2).output("y", ElementType.FLOAT);
        // per column: scale 0.5 and 1, zero point 2 and 0: (q − zp) × s = 0.5, −1, 2, 0 exactly but for the 2 (stored 2.5)
        b.initializer("w_scale", new float[] {0.5f, 1f}, 2);
        b.node("DequantizeLinear", "w_quantized", "w_scale", "w_zero_point").name("w_dq").outputs("w_float").attr("axis", 1);
        b.node("MatMul", "x", "w_float").name("mm").outputs("y");
        GraphProto graph = b.build().graph().toBuilder()
                .addInitializer(Tensors.bytes("w_quantized", ElementType.INT8, new byte[] {3, -1, 7, 0}, 2, 2))
                .addInitializer(Tensors.bytes("w_zero_point", ElementType.INT8, new byte[] {2, 0}, 2)).build();
        Model quantized = b.build().withProto(b.build().proto().toBuilder().setGraph(graph).build());
        ModelDiff diff = ModelDiff.of(a.build(), quantized);
        WeightDiff w = weight(diff, "w");
        assertEquals("w_quantized", w.after(), "paired by name extension");
        assertEquals(ElementType.INT8, w.typeAfter());
        assertEquals(0.5 / Math.sqrt(0.25 + 1 + 4), w.relativeL2(), 1e-6, "only 2 → 2.5 moved");
        assertEquals("w", weight(diff, "w_scale").serves());
        assertEquals(NodeChange.ADDED, node(diff, "w_dq").change());
        assertTrue(node(diff, "mm").reasons().stream().anyMatch(r -> r.startsWith("weight w now computed by DequantizeLinear w_dq")),
                node(diff, "mm").reasons().toString());
    }

    @Test
    void aWeightStoredTransposedIsComparedTransposed() {
        GraphBuilder a = GraphBuilder.create("a").opset(13).input("x", ElementType.FLOAT, 2, 3).output("y", ElementType.FLOAT);
        a.initializer("w", new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        a.node("Relu", "x").name("r").outputs("y");
        GraphBuilder b = GraphBuilder.create("a").opset(13).input("x", ElementType.FLOAT, 2, 3).output("y", ElementType.FLOAT);
        b.initializer("w", new float[] {1, 4, 2, 5, 3, 6}, 3, 2);
        b.node("Relu", "x").name("r").outputs("y");
        WeightDiff w = weight(ModelDiff.of(a.build(), b.build()), "w");
        assertEquals(0.0, w.relativeL2(), "the same values, transposed");
        assertEquals(NodeChange.CHANGED, w.change(), "the shape changed");
        assertEquals(Shape.of(3, 2), w.shapeAfter());
    }

    @Test
    void ourDynamicInt8IsPairedByProvenanceAndItsWeightsMoveLittle() throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        Model int8 = new PipelineRunner(PassRegistry.standard()).run(cnn, new PipelineSpec(null,
                List.of(PipelineStep.parse(DynamicInt8Pass.ID))), PassContext.of(ProgressListener.NONE)).model();
        ModelDiff diff = ModelDiff.of(cnn, int8);
        for (String dense : List.of("dense_1", "dense_2")) {
            NodeDiff node = node(diff, dense);
            assertEquals(NodeChange.CHANGED, node.change());
            assertEquals(MatchRule.PROVENANCE, node.rule());
            assertEquals("MatMulInteger", node.opAfter());
            assertTrue(diff.nodes().stream().anyMatch(n -> n.change() == NodeChange.ADDED && dense.equals(n.serves())));
            WeightDiff kernel = weight(diff, dense + "/kernel");
            assertEquals(ElementType.INT8, kernel.typeAfter());
            assertTrue(kernel.relativeL2() > 0 && kernel.relativeL2() < 0.02, dense + ": " + kernel.relativeL2());
        }
        assertEquals(NodeChange.UNCHANGED, node(diff, "conv2d_1").change(), "dynamic int8 leaves the convolutions");
        assertEquals(0, diff.nodeCount(NodeChange.REMOVED));
    }

    /** ONNX Runtime's quantizer is an independent reference: it records no provenance, only its own names. */
    @Test
    void onnxRuntimesInt8MiniLmIsPairedByNameExtension() throws Exception {
        Model fp32 = new ModelSource().open("minilm", ProgressListener.NONE);
        Model int8 = TestModels.int8MiniLm(dir);
        ModelDiff diff = ModelDiff.of(fp32, int8);
        List<NodeDiff> rewritten = diff.nodes().stream().filter(n -> "MatMulInteger".equals(n.opAfter())
                && n.before() != null).toList();
        assertEquals(36, rewritten.size(), "6 layers × (Q, K, V, attention output, FFN in, FFN out)");
        rewritten.forEach(n -> assertEquals(MatchRule.NAME_EXTENSION, n.rule(), n.name()));
        assertEquals(0, diff.nodeCount(NodeChange.REMOVED));
        assertEquals(int8.nodeCount() - fp32.nodeCount(), diff.nodeCount(NodeChange.ADDED) - diff.nodeCount(NodeChange.REMOVED));
        assertEquals(39, diff.weightCount(NodeChange.CHANGED), "36 MatMul weights and 3 embedding tables");
        assertEquals(78, diff.weightCount(NodeChange.ADDED), "a scale and a zero point each");
        diff.weights().stream().filter(w -> w.change() == NodeChange.ADDED).forEach(w -> assertTrue(w.serves() != null, w.after()));
        diff.weights().stream().filter(w -> w.change() == NodeChange.CHANGED && w.before().startsWith("onnx::MatMul"))
                .forEach(w -> assertTrue(w.relativeL2() > 0.005 && w.relativeL2() < 0.05, w.before() + " " + w.relativeL2()));
        long matMulNodesBefore = fp32.graph().getNodeList().stream().map(NodeProto::getOpType).filter("MatMul"::equals).count();
        assertEquals(48, matMulNodesBefore, "36 with weights, 12 attention products");
    }
}
