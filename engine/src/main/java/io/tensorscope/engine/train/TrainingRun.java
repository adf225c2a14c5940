package io.tensorscope.engine.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.ImageInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One run's epochs: shuffled batches of the training part (epoch e shuffled with seed + e, PyTorch's generator
 * reseeded the same way, so a resumed run repeats the uninterrupted one), the held-out part scored in evaluation mode
 * after each epoch, and a checkpoint written after each when a folder is given.
 */
record TrainingRun(Trainer trainer, GraphNetwork network, ResumableOptimizer optimizer, ImageInput input,
                   LabelledImages images, TeacherLogits logits, ValidationSplit split, TrainingOptions options,
                   String settings, Path checkpointFolder, ProgressListener progress, EpochStats.Listener onEpoch) {

    /** Images per validation forward pass. */
    private static final int VALIDATION_BATCH = 256;

    /**
     * @param done epochs a checkpoint already finished (empty for a fresh run)
     * @return the result after {@link TrainingOptions#epochs()} epochs in all
     */
    TrainingResult epochs(List<EpochStats> done) throws TensorscopeException {
        int batchSize = options.batchSize();
        int batches = (split.train().length + batchSize - 1) / batchSize;
        List<EpochStats> stats = new ArrayList<>(done);
        long seen = 0;
        double seconds = 0;
        for (int epoch = done.size(); epoch < options.epochs(); epoch++) {
            Engine.getEngine("PyTorch").setRandomSeed((int) (options.seed() + epoch));
            int[] order = ValidationSplit.shuffle(split.train(), new Random(options.seed() + epoch));
            long start = System.nanoTime();
            double loss = 0;
            for (int b = 0; b < batches; b++) {
                progress.checkCancelled();
                int[] indices = Arrays.copyOfRange(order, b * batchSize, Math.min(order.length, (b + 1) * batchSize));
                loss += step(indices);
                seen += indices.length;
                double perSecond = seen / (seconds + (System.nanoTime() - start) / 1e9);
                double done01 = (epoch - done.size() + (b + 1.0) / batches) / (options.epochs() - done.size());
                progress.onProgress(done01, String.format(Locale.ROOT, "epoch %d/%d, batch %d/%d: loss %.4f, %.0f "
                        + "images/s", epoch + 1, options.epochs(), b + 1, batches, loss / (b + 1), perSecond));
            }
            double epochSeconds = (System.nanoTime() - start) / 1e9;
            seconds += epochSeconds;
            EpochStats epochStats = new EpochStats(epoch + 1, loss / batches, validationAccuracy(),
                    split.train().length / epochSeconds);
            stats.add(epochStats);
            progress.onProgress(-1, epochStats.describe(options.epochs()));
            if (checkpointFolder != null) {
                try (NDManager scope = trainer.getManager().newSubManager()) {
                    Checkpoint.save(checkpointFolder, network.withTrainedWeights(), optimizer.state(scope), stats,
                            optimizer.steps(), settings);
                }
            }
            onEpoch.onEpoch(epochStats, options.epochs());
        }
        return new TrainingResult(network.withTrainedWeights(), optimizer.steps(), seen, stats, split.validation().length,
                done.size(), seconds == 0 ? 0 : seen / seconds);
    }

    /** @return the batch's loss, after one optimiser step on it */
    private float step(int[] indices) {
        int n = indices.length;
        try (NDManager batch = trainer.getManager().newSubManager()) {
            NDArray x = batch.create(pixels(indices), new Shape(input.dims(n)));
            NDArray labels = batch.create(labels(indices));
            NDList truth = logits == null ? new NDList(labels)
                    : new NDList(labels, batch.create(logits.rows(indices), new Shape(n, logits.classes())));
            float value;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray scores = trainer.forward(new NDList(x)).head();
                NDArray loss = trainer.getLoss().evaluate(truth, new NDList(scores));
                collector.backward(loss);
                value = loss.getFloat();
            }
            optimizer.beginStep();
            trainer.step();
            return value;
        }
    }

    /** @return top-1 accuracy of the network, in evaluation mode, on the held-out images */
    private double validationAccuracy() {
        int[] held = split.validation();
        int correct = 0;
        for (int from = 0; from < held.length; from += VALIDATION_BATCH) {
            int[] indices = Arrays.copyOfRange(held, from, Math.min(held.length, from + VALIDATION_BATCH));
            try (NDManager batch = trainer.getManager().newSubManager()) {
                NDArray x = batch.create(pixels(indices), new Shape(input.dims(indices.length)));
                long[] predicted = network.forward(new ParameterStore(batch, false), new NDList(x), false).head()
                        .argMax(-1).toLongArray();
                for (int i = 0; i < indices.length; i++) {
                    correct += predicted[i] == images.labels()[indices[i]] ? 1 : 0;
                }
            }
        }
        return (double) correct / held.length;
    }

    private float[] pixels(int[] indices) {
        int size = images.height() * images.width();
        float[] out = new float[indices.length * size];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(images.pixels(), indices[i] * size, out, i * size, size);
        }
        return out;
    }

    private float[] labels(int[] indices) {
        float[] out = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = images.labels()[indices[i]];
        }
        return out;
    }
}
