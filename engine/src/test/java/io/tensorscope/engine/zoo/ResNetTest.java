package io.tensorscope.engine.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.CostTotals;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.model.GraphValidator;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.engine.train.Logits;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated ResNet-18: the published architecture's size and cost, runnable on ONNX Runtime, seeded weights. */
class ResNetTest {

    @Test
    void theReferenceCalculatorReproducesTorchvisionsResNet18() {
        ResNet18Reference imagenet = ResNet18Reference.of(64, 1000, 3, 224, 7);
        assertEquals(11_689_512, imagenet.params(), "torchvision resnet18: sum(p.numel() for p in m.parameters())");
        assertEquals(1_814_073_344L, imagenet.multiplyAdds(), "the published 1.81 G multiply-adds at 224×224");
    }

    @Test
    void fullWidthHasTheSizeAndCostOfResNet18On28x28Images() throws Exception {
        CostTotals totals = assertMatchesReference(ResNet.FULL_WIDTH);
        assertEquals(11_172_810 + 2 * 75 * 64, totals.params(), "torchvision's 11,689,512 − 9,408 − 513,000 + 576 + 5,130,"
                + " + 9,600 running statistics");
    }

    @Test
    void width16HasTheSizeAndCostOfItsFormula() throws Exception {
        assertMatchesReference(16);
    }

    @Test
    void onnxRuntimeRunsItToProbabilitiesOfEachClass() throws Exception {
        Model model = ResNet.resnet18(8, 10, 1);
        assertEquals(ResNet.LOGITS, Logits.of(model));
        GraphValidator.topologicalOrder(model.graph());
        int n = 3;
        float[] images = new float[n * 28 * 28];
        Random random = new Random(2);
        for (int i = 0; i < images.length; i++) {
            images[i] = random.nextFloat();
        }
        try (OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            TensorData out = runner.run(List.of(TensorData.ofFloats(ResNet.INPUT, images, n, 1, 28, 28))).get(0);
            assertEquals(ResNet.OUTPUT, out.name());
            assertArrayEquals(new long[] {n, 10}, out.shape().dims());
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int c = 0; c < 10; c++) {
                    sum += out.floats()[i * 10 + c];
                }
                assertEquals(1, sum, 1e-5);
            }
        }
    }

    @Test
    void weightsFollowTheirInitialisationAndTheSeed() throws Exception {
        Model model = ResNet.resnet18(16, 10, 7);
        assertEquals(model.proto(), ResNet.resnet18(16, 10, 7).proto(), "same seed, same model");
        assertNotEquals(model.proto(), ResNet.resnet18(16, 10, 8).proto());
        float[] conv = weights(model, "layer4.1.conv2.weight");
        double std = Math.sqrt(2.0 / (128 * 9));
        double mean = 0;
        double square = 0;
        for (float w : conv) {
            mean += w / conv.length;
            square += (double) w * w / conv.length;
        }
        assertEquals(0, mean, 0.01 * std);
        assertEquals(std, Math.sqrt(square - mean * mean), 0.01 * std, "Kaiming normal, fan-out, ReLU gain");
        float bound = (float) (1 / Math.sqrt(128));
        for (String fc : List.of("fc.weight", "fc.bias")) {
            for (float w : weights(model, fc)) {
                assertTrue(Math.abs(w) <= bound, fc + " " + w);
            }
        }
        assertArrayEquals(filled(16, 1f), weights(model, "layer1.0.bn1.weight"));
        assertArrayEquals(new float[16], weights(model, "layer1.0.bn1.running_mean"));
    }

    @Test
    void aBlockIsConvBnReluConvBnPlusItsShortcut() throws Exception {
        Map<String, NodeProto> nodes = ResNet.resnet18(16, 10, 1).graph().getNodeList().stream()
                .collect(Collectors.toMap(NodeProto::getName, Function.identity()));
        assertEquals(List.of("layer2.0.bn2", "layer2.0.downsample.1"), nodes.get("layer2.0.add").getInputList());
        assertEquals(List.of("layer1.1.bn2", "layer1.0.relu2"), nodes.get("layer1.1.add").getInputList(),
                "identity shortcut where the stride and width stay");
        assertEquals(List.of(2L, 2L), nodes.get("layer3.0.downsample.0").getAttributeList().stream()
                .filter(a -> a.getName().equals("strides")).findFirst().orElseThrow().getIntsList());
        assertEquals(20, nodes.values().stream().filter(n -> n.getOpType().equals("Conv")).count(),
                "stem + 16 block convs + 3 projections");
    }

    @Test
    void aWidthOrClassCountTooSmallIsABadArgument() {
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(TensorscopeException.class, () -> ResNet.resnet18(0, 10, 1)).code());
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(TensorscopeException.class, () -> ResNet.resnet18(16, 1, 1)).code());
    }

    /** @return the analyzer's totals for one image, checked against the reference: parameters exact, FLOPs ≤ 1 % over */
    private static CostTotals assertMatchesReference(int width) throws Exception {
        ResNet18Reference reference = ResNet18Reference.of(width, 10, 1, 28, 3);
        CostTotals totals = ModelAnalyzer.analyze(ResNet.resnet18(width, 10, 3), InputSizes.defaults(),
                ProgressListener.NONE).totals();
        long referenceFlops = 2 * reference.multiplyAdds();
        System.out.printf("resnet18 width %d: %,d params (reference %,d trained + %,d BN running statistics), "
                        + "%,d FLOPs (reference %,d from multiply-adds, +%.2f %% for BN, Relu, Add, pool, bias, Softmax)%n",
                width, totals.params(), reference.params(), 2 * reference.bnChannels(), totals.flops(), referenceFlops,
                100.0 * (totals.flops() - referenceFlops) / referenceFlops);
        assertEquals(0, totals.unknownNodes());
        assertEquals(reference.params() + 2 * reference.bnChannels(), totals.params());
        assertTrue(totals.flops() >= referenceFlops && totals.flops() <= 1.01 * referenceFlops,
                totals.flops() + " FLOPs vs " + referenceFlops);
        return totals;
    }

    private static float[] filled(int n, float value) {
        float[] values = new float[n];
        Arrays.fill(values, value);
        return values;
    }

    private static float[] weights(Model model, String name) throws TensorscopeException {
        return InitializerData.floats(model.index().initializer(name));
    }
}
