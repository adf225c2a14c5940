package io.tensorscope.engine.evaluate;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.KnnSplit;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.data.LabelledTexts;
import io.tensorscope.engine.data.UserDatasets;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Evaluates a model on a data set named by id or path, picking the metric from the data: images (the bundled
 * {@code mnist} test set, or a folder with {@code labels.csv}) → top-1 accuracy in order; texts (the bundled
 * {@code spam-assassin}, or a {@code text,label} CSV) → k-NN accuracy on the documented split, plus fidelity to a
 * reference model when one is given.
 */
public final class DatasetEvaluator {

    private DatasetEvaluator() {
    }

    /**
     * @param model     the model to score
     * @param reference the model to compare embeddings with (texts only), or null
     * @param dataset   {@code mnist}, {@code spam-assassin}, a folder of images or a CSV of texts
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
        if (BundledDatasets.MNIST.equals(dataset)) {
            return images(model, BundledDatasets.mnistTest(), dataset, samples, threads, progress);
        }
        if (BundledDatasets.SPAM_ASSASSIN.equals(dataset)) {
            return texts(model, reference, BundledDatasets.spamAssassin(), dataset, threads, progress);
        }
        Path path = Path.of(dataset);
        if (Files.isDirectory(path)) {
            Shape input = model.inputs().get(0).shape();
            int height = (int) (input.rank() == 4 && input.dim(3) == 1 ? input.dim(1) : input.dim(2));
            int width = (int) (input.rank() == 4 && input.dim(3) == 1 ? input.dim(2) : input.dim(3));
            return images(model, UserDatasets.images(path, height, width), dataset, samples, threads, progress);
        }
        if (Files.isRegularFile(path)) {
            return texts(model, reference, UserDatasets.texts(path), dataset, threads, progress);
        }
        throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "unknown data set '" + dataset + "': use "
                + BundledDatasets.MNIST + ", " + BundledDatasets.SPAM_ASSASSIN + ", a folder of images with "
                + UserDatasets.LABELS_FILE + " or a CSV of text,label");
    }

    /** @return whether {@code dataset} is scored as images (the bundled {@code mnist}, or a folder) rather than texts */
    public static boolean isImages(String dataset) {
        return BundledDatasets.MNIST.equals(dataset)
                || !BundledDatasets.SPAM_ASSASSIN.equals(dataset) && Files.isDirectory(Path.of(dataset));
    }

    private static Evaluation images(Model model, LabelledImages images, String dataset, int samples, int threads,
                                     ProgressListener progress) throws TensorscopeException {
        int count = samples <= 0 ? images.count() : Math.min(samples, images.count());
        return ImageAccuracy.evaluate(model, images, dataset, 0, count, threads, progress);
    }

    private static Evaluation texts(Model model, Model reference, LabelledTexts texts, String dataset, int threads,
                                    ProgressListener progress) throws TensorscopeException {
        int smallest = Integer.MAX_VALUE;
        for (int c : texts.classCounts()) {
            smallest = Math.min(smallest, c);
        }
        int train = Math.min(TextKnnEvaluation.TRAIN_PER_CLASS, smallest * 2 / 3);
        int test = Math.min(TextKnnEvaluation.TEST_PER_CLASS, smallest - train);
        KnnSplit split = KnnSplit.of(texts.labels(), train, test, TextKnnEvaluation.SEED);
        return TextKnnEvaluation.evaluate(model, reference, Tokenizers.forModel(model), texts, dataset, split, threads,
                progress);
    }
}
