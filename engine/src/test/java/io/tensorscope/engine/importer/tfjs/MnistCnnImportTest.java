package io.tensorscope.engine.importer.tfjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Keras MNIST CNN imported from TF.js layers format predicts like the original: real digits, real accuracy. */
class MnistCnnImportTest {

    private static Model model;

    @BeforeAll
    static void importModel() throws Exception {
        model = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
    }

    @Test
    void graphFollowsTheKerasLayers() {
        List<String> ops = model.graph().getNodeList().stream().map(NodeProto::getOpType).toList();
        assertEquals(List.of("Transpose", "Conv", "Relu", "Conv", "Relu", "MaxPool", "Transpose", "Flatten", "Gemm",
                "Relu", "Gemm", "Softmax"), ops);
        assertEquals("tfjs-layers", model.sourceFormat());
    }

    @Test
    void convKernelIsTransposedFromHwioToOihw() throws Exception {
        TensorProto kernel = model.graph().getInitializerList().stream()
                .filter(t -> t.getName().equals("conv2d_1/kernel")).findFirst().orElseThrow();
        assertEquals(List.of(32L, 1L, 3L, 3L), kernel.getDimsList());
        ByteBuffer shard = ByteBuffer.wrap(Files.readAllBytes(model.location().orElseThrow()
                .resolveSibling("group1-shard1of1"))).order(ByteOrder.LITTLE_ENDIAN);
        int o = 5;
        int h = 1;
        int w = 2;
        float inShard = shard.getFloat(4 * (((h * 3 + w) * 1) * 32 + o));
        ByteBuffer raw = kernel.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(inShard, raw.getFloat(4 * ((o * 3 + h) * 3 + w)));
    }

    @Test
    void costOfTheFirstConvolutionIsKnown() throws Exception {
        ModelAnalysis analysis = ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
        assertEquals(0, analysis.totals().unknownNodes());
        NodeCost conv = analysis.nodes().stream().filter(n -> n.name().equals("conv2d_1")).findFirst().orElseThrow();
        assertEquals(26L * 26 * 32 * (2 * 9 + 1), conv.flops());
        assertEquals(1_199_882, analysis.totals().params());
    }

    @Test
    void classifiesTheMnistTestSetLikeThePublishedModel() throws Exception {
        LabelledImages digits = BundledDatasets.mnistTest();
        assertEquals(10_000, digits.count());
        int batch = 500;
        int correct = 0;
        int firstTwentyCorrect = 0;
        long start = System.nanoTime();
        try (OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().build())) {
            for (int from = 0; from < digits.count(); from += batch) {
                TensorData input = TensorData.ofFloats("conv2d_1_input", digits.batch(from, batch), batch, 28, 28, 1);
                float[] probabilities = runner.run(List.of(input)).get(0).floats();
                for (int i = 0; i < batch; i++) {
                    boolean right = argmax(probabilities, i * 10) == digits.labels()[from + i];
                    correct += right ? 1 : 0;
                    firstTwentyCorrect += right && from + i < 20 ? 1 : 0;
                }
            }
        }
        double accuracy = correct / (double) digits.count();
        System.out.printf("mnist-cnn top-1 on the MNIST test set: %.2f %% (%d/10000) in %.1f s%n", 100 * accuracy,
                correct, (System.nanoTime() - start) / 1e9);
        assertTrue(firstTwentyCorrect >= 19, "first 20 digits: " + firstTwentyCorrect);
        assertTrue(accuracy >= 0.99, "published 99.07 %, measured " + accuracy);
    }

    private static int argmax(float[] values, int offset) {
        int best = 0;
        for (int k = 1; k < 10; k++) {
            if (values[offset + k] > values[offset + best]) {
                best = k;
            }
        }
        return best;
    }
}
