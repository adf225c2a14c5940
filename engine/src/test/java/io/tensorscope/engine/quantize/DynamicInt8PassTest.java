package io.tensorscope.engine.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.evaluate.Embeddings;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.GraphValidator;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.runtime.TextInputs;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dynamic int8 MiniLM: valid, small, loaded by ONNX Runtime, and its embeddings stay close to fp32's. */
class DynamicInt8PassTest {

    private static final List<String> SENTENCES = List.of("A man is eating food.", "A man is eating a piece of bread.",
            "The stock market fell sharply on Tuesday.", "Free money!!! Click here to claim your prize now",
            "Meeting moved to 3pm, agenda attached.", "The quick brown fox jumps over the lazy dog.");

    @Test
    void miniLmQuantizedDynamicallyStaysCloseToFp32() throws Exception {
        Model fp32 = new ModelSource().open("minilm", ProgressListener.NONE);
        PassResult result = DynamicInt8Pass.apply(fp32, true, Exclusions.NONE, ProgressListener.NONE);
        PassReport report = result.report();
        assertEquals(36 + 3, report.converted().size(), "6 layers × (Q, K, V, attention output, FFN in, FFN out) + 3 embeddings");
        assertTrue(report.sizeRatio() <= 0.30, "int8 file is " + report.sizeRatio() + " of fp32's");
        GraphValidator.topologicalOrder(result.model().graph());

        float[][] reference = embed(fp32);
        float[][] quantized = embed(result.model());
        double worst = 1;
        double mean = 0;
        for (int i = 0; i < SENTENCES.size(); i++) {
            double cosine = Embeddings.cosine(reference[i], quantized[i]);
            worst = Math.min(worst, cosine);
            mean += cosine / SENTENCES.size();
        }
        assertTrue(mean >= 0.99, "mean cosine to fp32 " + mean);
        assertTrue(worst >= 0.98, "worst cosine to fp32 " + worst);
    }

    @Test
    void excludedNodesStayInFloatAndPerChannelKeepsOneScalePerColumn() throws Exception {
        Model fp32 = new ModelSource().open("minilm", ProgressListener.NONE);
        String first = "/encoder/layer.0/attention/self/query/MatMul";
        PassResult result = DynamicInt8Pass.apply(fp32, true, new Exclusions(Set.of(first), Set.of("Gather")),
                ProgressListener.NONE);
        assertTrue(result.report().excluded().contains(first));
        assertEquals(1 + 3, result.report().excluded().size(), "the query MatMul and the 3 embedding lookups");
        assertEquals(35, result.report().converted().size());
        assertTrue(result.model().graph().getNodeList().stream().anyMatch(n -> n.getName().equals(first)
                && n.getOpType().equals("MatMul")));
        TensorQuantization weight = result.report().tensors().stream().filter(t -> t.role().equals("weight"))
                .findFirst().orElseThrow();
        assertTrue(weight.rangeMin() < 0 && weight.rangeMax() > 0);
        assertTrue(weight.perChannel());
        assertEquals(384, weight.params().size());
        embed(result.model());
    }

    private static float[][] embed(Model model) throws Exception {
        Model fp32 = new ModelSource().open("minilm", ProgressListener.NONE);
        try (TextInputs text = new TextInputs(fp32.location().orElseThrow().resolveSibling("all-minilm-l6-v2-tokenizer.json"), 32);
             OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            List<TensorData> inputs = text.encode(SENTENCES);
            return Embeddings.meanPool(runner.run(inputs).get(0), inputs.get(1).longs());
        }
    }
}
