package io.tensorscope.engine.evaluate;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.runtime.TextInputs;
import java.nio.file.Path;
import java.util.List;

/** Sentence embeddings of many texts by a transformer (mean-pooled last hidden state), batch by batch. */
public final class TextEmbedder implements AutoCloseable {

    /** Texts per run. */
    public static final int BATCH = 16;

    private final TextInputs text;
    private final OnnxRunner runner;

    /**
     * @param model     a BERT-style encoder with input_ids, attention_mask, token_type_ids
     * @param tokenizer its {@code tokenizer.json}
     * @param length    tokens per text (truncated or padded)
     * @param threads   intra-op threads
     */
    public TextEmbedder(Model model, Path tokenizer, int length, int threads) throws TensorscopeException {
        this.text = new TextInputs(tokenizer, length);
        try {
            this.runner = OnnxRunner.open(model, RunOptions.builder().threads(threads).build());
        } catch (TensorscopeException e) {
            text.close();
            throw e;
        }
    }

    /** @return one embedding per text, in order */
    public float[][] embed(List<String> texts, ProgressListener progress) throws TensorscopeException {
        float[][] out = new float[texts.size()][];
        for (int from = 0; from < texts.size(); from += BATCH) {
            progress.checkCancelled();
            progress.onProgress((double) from / texts.size(), "embedding texts " + from + " of " + texts.size());
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
            List<TensorData> inputs = text.encode(batch);
            float[][] pooled = Embeddings.meanPool(runner.run(inputs).get(0), inputs.get(1).longs());
            System.arraycopy(pooled, 0, out, from, pooled.length);
        }
        return out;
    }

    @Override
    public void close() {
        runner.close();
        text.close();
    }
}
