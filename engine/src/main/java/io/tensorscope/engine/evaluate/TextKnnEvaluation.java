package io.tensorscope.engine.evaluate;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.KnnSplit;
import io.tensorscope.engine.data.LabelledTexts;
import io.tensorscope.engine.model.Model;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates a sentence embedder on labelled texts: k-NN accuracy of its embeddings on a fixed train/test split and,
 * given a reference model (the fp32 original), fidelity — the mean and worst cosine similarity of each test text's
 * embedding to the reference's.
 */
public final class TextKnnEvaluation {

    /** Texts per class embedded as neighbours in the documented split. */
    public static final int TRAIN_PER_CLASS = 200;
    /** Texts per class scored in the documented split. */
    public static final int TEST_PER_CLASS = 100;
    /** Seed of the documented split. */
    public static final long SEED = 2026;
    /**
     * Tokens per text (longer e-mails are truncated; each text is first cut to
     * {@link io.tensorscope.engine.runtime.TextInputs#maxChars(int)} characters, so a huge one costs no more).
     */
    public static final int LENGTH = 128;
    /** What the score is. */
    public static final String METRIC = KnnAccuracy.K + "-NN accuracy";

    private TextKnnEvaluation() {
    }

    /**
     * @param model     the embedder to score
     * @param reference the model to compare embeddings with, or null
     * @param tokenizer their {@code tokenizer.json}
     * @param data      labelled texts
     * @param split     which texts are neighbours and which are scored
     * @param threads   intra-op threads
     * @param progress  progress and cancellation
     */
    public static Evaluation evaluate(Model model, Model reference, Path tokenizer, LabelledTexts data, String dataset,
                                      KnnSplit split, int threads, ProgressListener progress) throws TensorscopeException {
        LabelledTexts train = data.subset(split.trainIndices());
        LabelledTexts test = data.subset(split.testIndices());
        float[][] trainEmbeddings;
        float[][] testEmbeddings;
        try (TextEmbedder embedder = new TextEmbedder(model, tokenizer, LENGTH, threads)) {
            double trainShare = reference == null ? 0.7 : 0.5;
            trainEmbeddings = embedder.embed(train.texts(), new ScaledProgress(progress, 0, trainShare, "neighbours"));
            testEmbeddings = embedder.embed(test.texts(), new ScaledProgress(progress, trainShare, reference == null ? 1 : 0.75,
                    "test texts"));
        }
        Map<String, Double> details = new LinkedHashMap<>();
        details.put("train_samples", (double) train.count());
        details.put("k", (double) KnnAccuracy.K);
        if (reference != null) {
            float[][] referenceEmbeddings;
            try (TextEmbedder embedder = new TextEmbedder(reference, tokenizer, LENGTH, threads)) {
                referenceEmbeddings = embedder.embed(test.texts(), new ScaledProgress(progress, 0.75, 1, "reference"));
            }
            double mean = 0;
            double worst = 1;
            for (int i = 0; i < testEmbeddings.length; i++) {
                double cosine = Embeddings.cosine(testEmbeddings[i], referenceEmbeddings[i]);
                mean += cosine / testEmbeddings.length;
                worst = Math.min(worst, cosine);
            }
            details.put("mean_cosine_to_reference", mean);
            details.put("worst_cosine_to_reference", worst);
        }
        SampleOutcomes outcomes = new SampleOutcomes(test.labels(), KnnAccuracy.predictions(trainEmbeddings,
                train.labels(), testEmbeddings), data.labelNames());
        progress.onProgress(1, "evaluated " + test.count() + " texts");
        return new Evaluation(dataset, test.count(), METRIC, outcomes.accuracy(), details, outcomes);
    }
}
