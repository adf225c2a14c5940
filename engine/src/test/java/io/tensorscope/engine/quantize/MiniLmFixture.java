package io.tensorscope.engine.quantize;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.evaluate.Embeddings;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.runtime.TextInputs;
import java.util.List;

/** The bundled MiniLM and a way to embed real sentences with any variant of it. */
final class MiniLmFixture {

    static final List<String> SENTENCES = List.of("A man is eating food.", "A man is eating a piece of bread.",
            "The stock market fell sharply on Tuesday.", "Free money!!! Click here to claim your prize now",
            "Meeting moved to 3pm, agenda attached.", "The quick brown fox jumps over the lazy dog.");

    private MiniLmFixture() {
    }

    static Model fp32() throws Exception {
        return new ModelSource().open("minilm", ProgressListener.NONE);
    }

    /** @return mean-pooled embeddings of {@link #SENTENCES} (padded to 32 tokens) by {@code model} */
    static float[][] embed(Model model) throws Exception {
        try (TextInputs text = new TextInputs(fp32().location().orElseThrow().resolveSibling("all-minilm-l6-v2-tokenizer.json"), 32);
             OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(1).build())) {
            List<TensorData> inputs = text.encode(SENTENCES);
            return Embeddings.meanPool(runner.run(inputs).get(0), inputs.get(1).longs());
        }
    }

    /** @return {mean, worst} cosine similarity of two sets of embeddings, sentence by sentence */
    static double[] meanAndWorstCosine(float[][] reference, float[][] other) {
        double worst = 1;
        double mean = 0;
        for (int i = 0; i < reference.length; i++) {
            double cosine = Embeddings.cosine(reference[i], other[i]);
            worst = Math.min(worst, cosine);
            mean += cosine / reference.length;
        }
        return new double[] {mean, worst};
    }
}
