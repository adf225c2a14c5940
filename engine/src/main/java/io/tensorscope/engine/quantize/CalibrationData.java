package io.tensorscope.engine.quantize;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.DatasetKind;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.data.LabelledTexts;
import io.tensorscope.engine.data.UnlabelledImages;
import io.tensorscope.engine.data.UserDatasets;
import io.tensorscope.engine.evaluate.ImageInput;
import io.tensorscope.engine.evaluate.Tokenizers;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.TensorInfo;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.runtime.TextInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Calibration samples for a model from a data set named by id or path, made batch by batch on demand. The bundled
 * {@code mnist} calibrates on its training digits, never on the test digits accuracy is measured on.
 *
 * @param batches the batches
 * @param count   how many batches
 * @param samples how many samples in all
 * @param release frees what the batches hold (a text model's tokenizer); run by {@link #close()}
 * @param warning what the user should know about these samples (random data), or empty
 */
public record CalibrationData(Calibrator.Batches batches, int count, int samples, Runnable release, String warning)
        implements AutoCloseable {

    /** The warning of calibration on random inputs. */
    public static final String RANDOM_WARNING = "calibrated on random inputs: activation ranges from random data are "
            + "poor, so accuracy may drop far more than with real samples";

    /** Samples per calibration batch. */
    public static final int BATCH = 50;
    /** Seed of the first random calibration batch (batch {@code b} uses this + b). */
    public static final long RANDOM_SEED = 7;
    /** Tokens per text when calibrating text models. */
    public static final int TEXT_LENGTH = 128;

    /**
     * @param model   the model to calibrate
     * @param dataset {@code mnist} or {@code fashion-mnist} (their training splits), {@code spam-assassin}, {@value PassContext#RANDOM_DATA} (random inputs of the
     *                model's input shapes, one sample per batch, fixed seeds), a folder of images or a CSV of texts
     * @param samples how many samples to use (≥ 1; capped at the data set's size)
     * @throws TensorscopeException {@code BAD_ARGUMENT} for an unknown data set or too few samples
     */
    public static CalibrationData of(Model model, String dataset, int samples) throws TensorscopeException {
        if (samples < 1) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "calibration needs at least 1 sample, not " + samples);
        }
        if (PassContext.RANDOM_DATA.equals(dataset)) {
            return new CalibrationData(b -> RandomInputs.forModel(model, InputSizes.defaults(), RANDOM_SEED + b), samples,
                    samples, () -> { }, RANDOM_WARNING);
        }
        TensorInfo input = model.inputs().get(0);
        DatasetKind kind = DatasetKind.of(dataset).orElseThrow(() -> new TensorscopeException(ErrorCode.BAD_ARGUMENT,
                "unknown calibration data set '" + dataset + "'"));
        return switch (kind) {
            case BUNDLED_IMAGES -> images(input, BundledDatasets.imagesTrain(dataset), samples);
            case BUNDLED_TEXTS -> texts(model, BundledDatasets.spamAssassin(), samples);
            case IMAGE_FOLDER -> Files.isRegularFile(Path.of(dataset).resolve(UserDatasets.LABELS_FILE))
                    ? images(input, ImageInput.fromFolder(model, Path.of(dataset)), samples)
                    : unlabelled(input, model, Path.of(dataset), samples);
            case TEXT_FILE -> texts(model, UserDatasets.texts(Path.of(dataset)), samples);
        };
    }

    /** Frees what the batches hold. */
    @Override
    public void close() {
        release.run();
    }

    private static CalibrationData images(TensorInfo input, LabelledImages images, int samples) {
        return images(input, images.count(), images::batch, samples);
    }

    /** Calibration needs inputs only: a folder without labels.csv gives its images, the first {@code samples} by name. */
    private static CalibrationData unlabelled(TensorInfo input, Model model, Path folder, int samples)
            throws TensorscopeException {
        UnlabelledImages images = ImageInput.unlabelledFromFolder(model, folder, samples);
        return images(input, images.count(), images::batch, samples);
    }

    /** Where a batch of images' pixels come from. */
    @FunctionalInterface
    private interface ImageBatches {
        float[] batch(int from, int n);
    }

    private static CalibrationData images(TensorInfo input, int total, ImageBatches images, int samples) {
        int n = Math.min(samples, total);
        int count = (n + BATCH - 1) / BATCH;
        Shape s = input.shape();
        return new CalibrationData(b -> {
            int size = Math.min(BATCH, n - b * BATCH);
            return List.of(TensorData.ofFloats(input.name(), images.batch(b * BATCH, size), size, s.dim(1), s.dim(2), s.dim(3)));
        }, count, n, () -> { }, "");
    }

    private static CalibrationData texts(Model model, LabelledTexts texts, int samples) throws TensorscopeException {
        int n = Math.min(samples, texts.count());
        int count = (n + BATCH - 1) / BATCH;
        TextInputs encoder = new TextInputs(Tokenizers.forModel(model), TEXT_LENGTH);
        int stride = Math.max(1, texts.count() / n);
        return new CalibrationData(b -> {
            int size = Math.min(BATCH, n - b * BATCH);
            List<String> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(texts.texts().get(((b * BATCH + i) * stride) % texts.count()));
            }
            return encoder.encode(batch);
        }, count, n, encoder::close, "");
    }
}
