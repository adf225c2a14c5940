package io.tensorscope.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.engine.diff.ModelDiff;
import io.tensorscope.engine.diff.WeightDiff;
import io.tensorscope.engine.pass.ConstantWeightFolding;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.Runner;
import io.tensorscope.engine.runtime.Runners;
import io.tensorscope.engine.runtime.TensorData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Weights an exporter keeps in {@code Constant} nodes (paddle2onnx does) count as parameters and weight bytes exactly
 * as the same weights held by initializers; single-element Constants (an epsilon, a scale) do not.
 */
class ConstantWeightsTest {

    /** x[1,16] → MatMul(W[16,8]) → Add(b[8]) → Mul(scale) → y; W and b in initializers or in Constant nodes. */
    private static Model dense(boolean inConstants) {
        java.util.Random random = new java.util.Random(3);
        float[] w = new float[16 * 8];
        float[] b = new float[8];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) random.nextGaussian();
        }
        GraphBuilder g = GraphBuilder.create(inConstants ? "constants" : "initializers").opset(13)
                .input("x", ElementType.FLOAT, 1, 16).output("y", ElementType.FLOAT);
        if (inConstants) {
            g.node("Constant").name("w_const").outputs("W").attr("value", Tensors.floats("W", w, 16, 8));
            g.node("Constant").name("b_const").outputs("B").attr("value", Tensors.floats("B", b, 8));
        } else {
            g.initializer("W", w, 16, 8);
            g.initializer("B", b, 8);
        }
        g.node("Constant").name("scale_const").outputs("S").attr("value", Tensors.floats("S", new float[] {2f}));
        g.node("MatMul", "x", "W").name("mm").outputs("h");
        g.node("Add", "h", "B").name("bias").outputs("z");
        g.node("Mul", "z", "S").name("scale").outputs("y");
        return g.build();
    }

    private static ModelAnalysis analyse(Model model) throws Exception {
        return ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
    }

    private static long params(ModelAnalysis analysis, String node) {
        return analysis.nodes().stream().filter(n -> n.name().equals(node)).mapToLong(NodeCost::params).sum();
    }

    @Test
    void constantWeightsCountLikeInitializers() throws Exception {
        ModelAnalysis initializers = analyse(dense(false));
        ModelAnalysis constants = analyse(dense(true));
        assertEquals(16 * 8 + 8, initializers.totals().params());
        assertEquals(initializers.totals().params(), constants.totals().params(), "the scale (1 element) is no weight");
        assertEquals(initializers.totals().bytesWeights(), constants.totals().bytesWeights());
        assertEquals((16 * 8 + 8) * 4, constants.totals().bytesWeights());
        assertEquals(16 * 8, params(constants, "mm"), "the layer that reads the weight holds its parameters");
        assertEquals(8, params(constants, "bias"));
        assertEquals(0, params(constants, "scale"));
        assertEquals(initializers.totals().flops(), constants.totals().flops());
    }

    @Test
    void passesFindConstantWeightsFoldedIntoInitializersAndComputeTheSame() throws Exception {
        Model constants = dense(true);
        Model folded = ConstantWeightFolding.fold(constants);
        assertEquals(List.of("W", "B"), folded.graph().getInitializerList().stream().map(t -> t.getName()).toList());
        assertEquals(constants.nodeCount() - 2, folded.nodeCount(), "the two weight Constants go, the scale stays");
        TensorData x = RandomInputs.forModel(constants, InputSizes.defaults(), 1).get(0);
        try (Runner a = Runners.ONNX_RUNTIME.open(constants, RunOptions.builder().threads(1).build());
             Runner b = Runners.ONNX_RUNTIME.open(folded, RunOptions.builder().threads(1).build())) {
            assertArrayEquals(a.run(List.of(x)).get(0).floats(), b.run(List.of(x)).get(0).floats(), "bit for bit");
        }
        Model int8 = new PipelineRunner(PassRegistry.standard()).run(constants, new PipelineSpec(null,
                List.of(PipelineStep.parse("dynamic-int8"))), PassContext.of(ProgressListener.NONE)).model();
        assertTrue(int8.graph().getNodeList().stream().anyMatch(n -> n.getOpType().equals("MatMulInteger")),
                "dynamic int8 quantizes a weight an exporter kept in a Constant");
        WeightDiff w = ModelDiff.of(constants, int8).weights().stream().filter(d -> "W".equals(d.before()))
                .findFirst().orElseThrow();
        assertEquals(ElementType.INT8, w.typeAfter(), "the diff pairs the Constant's weight with its int8 form");
        assertTrue(w.relativeL2() > 0 && w.relativeL2() < 0.02, "relative L2 " + w.relativeL2());
    }
}
