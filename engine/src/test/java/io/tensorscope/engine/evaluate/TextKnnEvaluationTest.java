package io.tensorscope.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.KnnSplit;
import io.tensorscope.engine.data.LabelledTexts;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import org.junit.jupiter.api.Test;

class TextKnnEvaluationTest {

    @Test
    void miniLmEmbeddingsSeparateSpamFromHamAndMatchThemselves() throws Exception {
        Model minilm = new ModelSource().open("minilm", ProgressListener.NONE);
        LabelledTexts mails = BundledDatasets.spamAssassin();
        KnnSplit split = KnnSplit.of(mails.labels(), 30, 15, TextKnnEvaluation.SEED);
        Evaluation e = TextKnnEvaluation.evaluate(minilm, minilm, Tokenizers.forModel(minilm), mails, "spam-assassin",
                split, 2, ProgressListener.NONE);
        assertEquals(30, e.samples());
        assertEquals("5-NN accuracy", e.metric());
        assertTrue(e.value() >= 0.75, "spam vs ham by 5-NN on MiniLM embeddings: " + e.value());
        assertEquals(1.0, e.details().get("mean_cosine_to_reference"), 1e-5, "a model is faithful to itself");
        assertEquals(e.value(), e.outcomes().accuracy(), "the score is the outcomes' accuracy");
        assertEquals(30, e.outcomes().count());
    }

    @Test
    void knnVotesByCosineNeighbours() {
        float[][] train = {{1, 0}, {0.9f, 0.1f}, {0.8f, 0.2f}, {0, 1}, {0.1f, 0.9f}, {0.2f, 0.8f}};
        int[] labels = {0, 0, 0, 1, 1, 1};
        assertArrayEquals(new int[] {0, 1}, KnnAccuracy.predictions(train, labels, new float[][] {{1, 0.05f}, {0.05f, 1}}));
        assertArrayEquals(new int[] {0}, KnnAccuracy.predictions(train, labels, new float[][] {{1, 0.05f}}));
    }
}
