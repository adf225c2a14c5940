package io.tensorscope.engine.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.engine.zoo.ResNet;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Conv → BatchNormalization folded into one Conv computes what the pair did, and only where that is safe. */
class BatchNormFoldingTest {

    private static final int IN = 3;
    private static final int OUT = 4;

    @Test
    void foldedConvsComputeWhatConvAndNormDidWithAndWithoutBias() throws Exception {
        Random random = new Random(7);
        GraphBuilder g = GraphBuilder.create("folding").opset(13).input("x", ElementType.FLOAT, 1, IN, 6, 6);
        g.initializer("w", values(random, OUT * IN * 9), OUT, IN, 3, 3);
        g.initializer("b", values(random, OUT), OUT);
        g.initializer("w2", values(random, OUT * OUT * 9), OUT, OUT, 3, 3);
        norm(g, "bn1", random);
        norm(g, "bn2", random);
        g.node("Conv", "x", "w", "b").name("conv1").outputs("c1").attrInts("pads", 1, 1, 1, 1);
        g.node("BatchNormalization", "c1", "bn1_scale", "bn1_bias", "bn1_mean", "bn1_var").name("bn1").outputs("n1")
                .attr("epsilon", 1e-3f);
        g.node("Relu", "n1").name("relu").outputs("r1");
        g.node("Conv", "r1", "w2").name("conv2").outputs("c2");
        g.node("BatchNormalization", "c2", "bn2_scale", "bn2_bias", "bn2_mean", "bn2_var").name("bn2").outputs("y");
        Model model = g.output("y", ElementType.FLOAT).build();

        BatchNormFolding.Result result = BatchNormFolding.fold(model);
        assertEquals(Map.of("bn1", "conv1", "bn2", "conv2"), result.folds());
        List<String> ops = result.model().graph().getNodeList().stream().map(NodeProto::getOpType).toList();
        assertEquals(List.of("Conv", "Relu", "Conv"), ops);
        assertEquals(3, result.model().graph().getNode(2).getInputCount(), "a bias is added where there was none");
        assertSameOutputs(model, result.model(), 1e-5);
    }

    @Test
    void aSharedWeightIsCopiedAndAConvReadTwiceIsLeftAlone() throws Exception {
        Random random = new Random(11);
        GraphBuilder g = GraphBuilder.create("shared").opset(13).input("x", ElementType.FLOAT, 1, IN, 5, 5);
        g.initializer("w", values(random, OUT * IN * 9), OUT, IN, 3, 3);
        norm(g, "bn", random);
        norm(g, "bn_b", random);
        g.node("Conv", "x", "w").name("folded").outputs("c1");
        g.node("BatchNormalization", "c1", "bn_scale", "bn_bias", "bn_mean", "bn_var").name("bn").outputs("n1");
        g.node("Conv", "x", "w").name("kept").outputs("c2");
        g.node("BatchNormalization", "c2", "bn_b_scale", "bn_b_bias", "bn_b_mean", "bn_b_var").name("bn_b")
                .outputs("n2");
        g.node("Add", "c2", "n2").name("also_reads_c2").outputs("s");
        g.node("Add", "n1", "s").name("sum").outputs("y");
        Model model = g.output("y", ElementType.FLOAT).build();

        BatchNormFolding.Result result = BatchNormFolding.fold(model);
        assertEquals(Map.of("bn", "folded"), result.folds(), "c2 is read by its BN and an Add: not folded");
        NodeProto kept = result.model().graph().getNodeList().stream().filter(n -> n.getName().equals("kept"))
                .findFirst().orElseThrow();
        assertEquals("w", kept.getInput(1), "the other reader keeps the original weight");
        assertSameOutputs(model, result.model(), 1e-5);
    }

    @Test
    void everyBatchNormOfAResNetFoldsAndItsOutputsStay() throws Exception {
        Model resnet = ResNet.resnet18(4, 10, 3);
        long norms = resnet.graph().getNodeList().stream().filter(n -> n.getOpType().equals("BatchNormalization"))
                .count();
        BatchNormFolding.Result result = BatchNormFolding.fold(resnet);
        assertEquals(norms, result.folds().size());
        assertTrue(result.model().graph().getNodeList().stream()
                .noneMatch(n -> n.getOpType().equals("BatchNormalization")));
        assertEquals(resnet.nodeCount() - norms, result.model().nodeCount());
        assertSameOutputs(resnet, result.model(), 1e-5);
    }

    private static void norm(GraphBuilder g, String name, Random random) {
        float[] variance = values(random, OUT);
        for (int i = 0; i < OUT; i++) {
            variance[i] = 0.2f + Math.abs(variance[i]);
        }
        g.initializer(name + "_scale", values(random, OUT), OUT);
        g.initializer(name + "_bias", values(random, OUT), OUT);
        g.initializer(name + "_mean", values(random, OUT), OUT);
        g.initializer(name + "_var", variance, OUT);
    }

    private static float[] values(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private static void assertSameOutputs(Model a, Model b, double tolerance) throws Exception {
        List<TensorData> inputs = RandomInputs.forModel(a, InputSizes.defaults(), 5);
        RunOptions options = RunOptions.builder().threads(1).build();
        try (OnnxRunner left = OnnxRunner.open(a, options); OnnxRunner right = OnnxRunner.open(b, options)) {
            float[] x = left.run(inputs).get(0).floats();
            float[] y = right.run(inputs).get(0).floats();
            assertEquals(x.length, y.length);
            double worst = 0;
            for (int i = 0; i < x.length; i++) {
                worst = Math.max(worst, Math.abs(x[i] - y[i]) / Math.max(1, Math.abs(x[i])));
            }
            assertTrue(worst < tolerance, "largest relative difference " + worst);
        }
    }
}
