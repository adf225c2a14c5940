package io.tensorscope.engine.evaluate;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.Printable;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Top-1 accuracy of an image classifier on labelled single-channel images, in order, batch by batch. */
public final class ImageAccuracy {

    /** Images per run. */
    public static final int BATCH = 100;
    /** What the score is. */
    public static final String METRIC = "top-1 accuracy";

    private ImageAccuracy() {
    }

    /**
     * @param model    a classifier with one image input ([N, H, W, 1] or [N, 1, H, W]) and class scores as first output
     * @param images   the data set
     * @param from     first sample
     * @param count    samples to score
     * @param threads  intra-op threads
     * @param progress progress and cancellation
     * @throws TensorscopeException {@code BAD_ARGUMENT} if the images do not fit the model's input
     */
    public static Evaluation evaluate(Model model, LabelledImages images, String dataset, int from, int count,
                                      int threads, ProgressListener progress) throws TensorscopeException {
        ImageInput input = ImageInput.of(model, images);
        if (from < 0 || count < 1 || from + count > images.count()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "samples " + from + ".." + (from + count)
                    + " are outside the data set's " + images.count());
        }
        int correct = 0;
        int[] predictions = new int[count];
        try (OnnxRunner runner = OnnxRunner.open(model, RunOptions.builder().threads(threads).build())) {
            for (int start = from; start < from + count; start += BATCH) {
                progress.checkCancelled();
                progress.onProgress((double) (start - from) / count, "scoring images " + (start - from) + " of " + count);
                int n = Math.min(BATCH, from + count - start);
                TensorData batch = input.batch(images.batch(start, n), n);
                float[] scores = runner.run(List.of(batch)).get(0).floats();
                int classes = scores.length / n;
                if (start == from) {
                    requireOutputs(images, from, count, classes, model);
                }
                for (int s = 0; s < n; s++) {
                    predictions[start - from + s] = argmax(scores, s * classes, classes);
                    correct += predictions[start - from + s] == images.labels()[start + s] ? 1 : 0;
                }
            }
        }
        progress.onProgress(1, "scored " + count + " images");
        SampleOutcomes outcomes = new SampleOutcomes(Arrays.copyOfRange(images.labels(), from, from + count), predictions,
                images.labelNames());
        return new Evaluation(dataset, count, METRIC, (double) correct / count, Map.of("correct", (double) correct),
                outcomes);
    }

    /** A label the model cannot output would count as wrong on every image: refuse the data set instead. */
    private static void requireOutputs(LabelledImages images, int from, int count, int classes, Model model)
            throws TensorscopeException {
        for (int i = from; i < from + count; i++) {
            int label = images.labels()[i];
            if (label >= classes) {
                String name = label < images.labelNames().size() ? images.labelNames().get(label) : "" + label;
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "image " + (i + 1) + " is labelled '"
                        + Printable.of(name) + "' (class " + label + "), but " + model.name() + " outputs " + classes
                        + " classes (0.." + (classes - 1) + ")");
            }
        }
    }

    /** @return the index, from 0, of the largest of {@code values[from, from + length)} (the first of equals) */
    static int argmax(float[] values, int from, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            best = values[from + i] > values[from + best] ? i : best;
        }
        return best;
    }
}
