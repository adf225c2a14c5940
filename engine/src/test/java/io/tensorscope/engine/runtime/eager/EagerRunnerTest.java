package io.tensorscope.engine.runtime.eager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MNIST CNN rebuilt as PyTorch blocks computes what ONNX Runtime computes, on real digits. */
class EagerRunnerTest {

    private static final int BATCH = 16;

    @Test
    void theCnnOnPyTorchMatchesOnnxRuntimeOnRealDigits() throws Exception {
        Model model = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        EagerModel eager = EagerBlocks.convert(model);
        assertEquals(12, eager.layers().size());
        assertEquals("Conv", eager.layers().get(1).opType());

        LabelledImages digits = BundledDatasets.mnistTest();
        TensorData input = TensorData.ofFloats("conv2d_1_input", digits.batch(0, BATCH), BATCH, 28, 28, 1);
        float[] expected;
        try (OnnxRunner ort = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            expected = ort.run(List.of(input)).get(0).floats();
        }
        try (EagerRunner torch = EagerRunner.open(model, RunOptions.builder().threads(1).build())) {
            TensorData out = torch.run(List.of(input)).get(0);
            assertEquals(model.outputs().get(0).name(), out.name());
            assertEquals(Shape.of(BATCH, 10), out.shape());
            float[] actual = out.floats();
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], actual[i], 1e-4, "probability " + i);
            }
            int correct = 0;
            for (int n = 0; n < BATCH; n++) {
                correct += argmax(actual, n * 10) == digits.labels()[n] ? 1 : 0;
            }
            assertTrue(correct >= BATCH - 1, correct + " of " + BATCH + " digits right");

            double[] micros = torch.timeBlocks(List.of(input));
            assertEquals(12, micros.length);
            assertTrue(Arrays.stream(micros).allMatch(m -> m > 0), Arrays.toString(micros));
        }
    }

    @Test
    void aGraphThatIsNotAChainIsRefusedByName() {
        GraphBuilder g = GraphBuilder.create("branch").input("x", ElementType.FLOAT, 1, 4);
        g.node("Relu", "x").name("a").outputs("a");
        g.node("Relu", "x").name("b").outputs("b");
        g.node("Add", "a", "b").name("sum").outputs("y");
        Model model = g.output("y", ElementType.FLOAT).build();
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> EagerBlocks.convert(model));
        assertEquals(ErrorCode.UNSUPPORTED_OPERATOR, e.code());
        assertTrue(e.getMessage().contains("node b"), e.getMessage());
    }

    private static int argmax(float[] values, int from) {
        int best = 0;
        for (int i = 1; i < 10; i++) {
            best = values[from + i] > values[from + best] ? i : best;
        }
        return best;
    }
}
