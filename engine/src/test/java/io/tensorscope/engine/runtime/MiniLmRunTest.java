package io.tensorscope.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.evaluate.Embeddings;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.shape.InputSizes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MiniLM runs on ONNX Runtime through DJL on tokenized real sentences and its embeddings make sense. */
class MiniLmRunTest {

    private static final int LENGTH = 32;

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() throws Exception {
        Model model = new ModelSource().open("minilm", ProgressListener.NONE);
        List<String> sentences = List.of("A man is eating food.", "A man is eating a piece of bread.",
                "The stock market fell sharply on Tuesday.");
        RunOptions options = RunOptions.builder().threads(1).build();
        try (TextInputs text = new TextInputs(model.location().orElseThrow().resolveSibling("all-minilm-l6-v2-tokenizer.json"), LENGTH);
             OnnxRunner runner = OnnxRunner.open(model, options)) {
            List<TensorData> inputs = text.encode(sentences);
            TensorData hidden = runner.run(inputs).get(0);
            assertEquals("3x" + LENGTH + "x384", hidden.shape().toString());
            float[][] embeddings = Embeddings.meanPool(hidden, inputs.get(1).longs());
            double paraphrase = Embeddings.cosine(embeddings[0], embeddings[1]);
            double unrelated = Embeddings.cosine(embeddings[0], embeddings[2]);
            System.out.printf("MiniLM cosine: paraphrase %.3f, unrelated %.3f%n", paraphrase, unrelated);
            assertTrue(paraphrase > 0.6, "paraphrases are similar: " + paraphrase);
            assertTrue(paraphrase > unrelated + 0.3, paraphrase + " vs " + unrelated);
        }
    }

    @Test
    void randomInputsFollowTheChosenSizes() throws Exception {
        Model model = new ModelSource().open("minilm", ProgressListener.NONE);
        InputSizes sizes = InputSizes.parse(List.of("input_ids=2x16"));
        List<TensorData> inputs = RandomInputs.forModel(model, sizes, 7);
        assertEquals(List.of("2x16", "2x16", "2x16"), inputs.stream().map(t -> t.shape().toString()).toList());
        assertTrue(java.util.Arrays.stream(inputs.get(1).longs()).allMatch(v -> v == 1), "attention mask of ones");
        List<TensorData> fromAnalysis = RandomInputs.forInputs(
                ModelAnalyzer.analyze(model, sizes, ProgressListener.NONE).summary().inputs(), 7);
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(inputs.get(i).name(), fromAnalysis.get(i).name());
            assertEquals(inputs.get(i).shape(), fromAnalysis.get(i).shape());
            assertArrayEquals(inputs.get(i).longs(), fromAnalysis.get(i).longs(), "same tensors without a second inference");
        }
        try (OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            assertEquals("2x16x384", runner.run(inputs).get(0).shape().toString());
        }
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        try (OnnxRunner runner = OnnxRunner.open(cnn, RunOptions.builder().threads(1).build())) {
            float[] probabilities = runner.run(RandomInputs.forModel(cnn, InputSizes.defaults(), 1)).get(0).floats();
            double sum = 0;
            for (float p : probabilities) {
                sum += p;
            }
            assertEquals(10, probabilities.length);
            assertEquals(1.0, sum, 1e-4, "softmax output");
        }
    }

    @Test
    void wrongInputShapeIsAUserError() throws Exception {
        Model model = new ModelSource().open("minilm", ProgressListener.NONE);
        try (OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            List<TensorData> wrong = List.of(TensorData.ofLongs("input_ids", new long[6], 1, 2, 3),
                    TensorData.ofLongs("attention_mask", new long[6], 1, 2, 3),
                    TensorData.ofLongs("token_type_ids", new long[6], 1, 2, 3));
            TensorscopeException e = assertThrows(TensorscopeException.class, () -> runner.run(wrong));
            assertEquals(ErrorCode.BAD_INPUT_SHAPE, e.code());
        }
    }

    @Test
    void threadCountIsValidated() {
        assertEquals(ErrorCode.BAD_ARGUMENT,
                assertThrows(TensorscopeException.class, () -> RunOptions.builder().threads(0).build()).code());
    }

    @Test
    void withoutCudaDiscoveryFallsBackToCpuWithAReason() {
        assertEquals(Device.Kind.CPU, DeviceDiscovery.all().get(0).kind());
        if (DeviceDiscovery.gpus().isEmpty()) {
            String reason = DeviceDiscovery.gpuAbsenceReason().orElseThrow();
            assertTrue(reason.startsWith("no CUDA device: using CPU ("), reason);
            assertEquals(reason, DeviceDiscovery.gpuAbsenceReason().orElseThrow(), "the probe is cached");
        } else {
            assertTrue(DeviceDiscovery.gpuAbsenceReason().isEmpty());
        }
    }
}
