package io.tensorscope.engine.evaluate;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.DatasetKind;
import io.tensorscope.engine.data.KnnSplit;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.data.LabelledTexts;
import io.tensorscope.engine.data.UserDatasets;
import io.tensorscope.engine.model.Model;
import java.nio.file.Path;

/**
 * Evaluates a model on a data set named by id or path, picking the metric from the data: images (the test split of a
 * bundled image set, {@code mnist} or {@code fashion-mnist}, or a folder with {@code labels.csv}) → top-1 accuracy in order; texts (the bundled
 * {@code spam-assassin}, or a {@code text,label} CSV) → k-NN accuracy on the documented split, plus fidelity to a
 * reference model when one is given. It also tells what an evaluation would score without running it.
 */
public final class DatasetEvaluator {

    private DatasetEvaluator() {
    }

    /**
     * @param model     the model to score
     * @param reference the model to compare embeddings with (texts only), or null
     * @param dataset   {@code mnist}, {@code fashion-mnist}, {@code spam-assassin}, a folder of images or a CSV of texts
     * @param samples   images to score (0 = all); ignored for texts
     * @param threads   intra-op threads
     * @param progress  progress and cancellation
     * @throws TensorscopeException {@code BAD_ARGUMENT} for an unknown data set or one the model cannot take
     */
    public static Evaluation evaluate(Model model, Model reference, String dataset, int samples, int threads,
                                      ProgressListener progress) throws TensorscopeException {
        if (samples < 0) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "samples must be 0 (all) or more, not " + samples);
        }
        Data data = data(model, dataset);
        if (data.images() != null) {
            return ImageAccuracy.evaluate(model, data.images(), dataset, 0, imageCount(data.images(), samples), threads,
                    progress);
        }
        return TextKnnEvaluation.evaluate(model, reference, Tokenizers.forModel(model), data.texts(), dataset,
                split(data.texts()), threads, progress);
    }

    /**
     * @return what {@link #evaluate} with these arguments reports besides the score (the data set, the samples it
     * scores and the metric), without running the model: the data set is read to count its samples
     * @throws TensorscopeException {@code BAD_ARGUMENT} for an unknown data set, as {@link #evaluate}
     */
    public static EvaluationScope scope(Model model, String dataset, int samples) throws TensorscopeException {
        Data data = data(model, dataset);
        return data.images() != null
                ? new EvaluationScope(dataset, imageCount(data.images(), samples), ImageAccuracy.METRIC)
                : new EvaluationScope(dataset, split(data.texts()).testIndices().length, TextKnnEvaluation.METRIC);
    }

    /** A data set read: images or texts, the other null. */
    private record Data(LabelledImages images, LabelledTexts texts) {
    }

    private static Data data(Model model, String dataset) throws TensorscopeException {
        DatasetKind kind = DatasetKind.of(dataset).orElseThrow(() -> new TensorscopeException(ErrorCode.BAD_ARGUMENT,
                "unknown data set '" + dataset + "': use " + String.join(", ", BundledDatasets.IMAGE_SETS) + ", "
                        + BundledDatasets.SPAM_ASSASSIN + ", a folder of images with " + UserDatasets.LABELS_FILE
                        + " or a CSV of text,label"));
        return switch (kind) {
            case BUNDLED_IMAGES -> new Data(BundledDatasets.imagesTest(dataset), null);
            case BUNDLED_TEXTS -> new Data(null, BundledDatasets.spamAssassin());
            case IMAGE_FOLDER -> new Data(ImageInput.fromFolder(model, Path.of(dataset)), null);
            case TEXT_FILE -> new Data(null, UserDatasets.texts(Path.of(dataset)));
        };
    }

    /** @return whether {@code dataset} is scored as images (a bundled image set, or a folder) rather than texts */
    public static boolean isImages(String dataset) {
        return DatasetKind.of(dataset).map(DatasetKind::isImages).orElse(false);
    }

    /** @return the images scored: the first {@code samples}, or all for 0 */
    private static int imageCount(LabelledImages images, int samples) {
        return samples <= 0 ? images.count() : Math.min(samples, images.count());
    }

    /** @return the documented k-NN split of {@code texts}, as large as its smallest class allows */
    private static KnnSplit split(LabelledTexts texts) throws TensorscopeException {
        int smallest = Integer.MAX_VALUE;
        for (int c : texts.classCounts()) {
            smallest = Math.min(smallest, c);
        }
        int train = Math.min(TextKnnEvaluation.TRAIN_PER_CLASS, smallest * 2 / 3);
        int test = Math.min(TextKnnEvaluation.TEST_PER_CLASS, smallest - train);
        return KnnSplit.of(texts.labels(), train, test, TextKnnEvaluation.SEED);
    }
}
