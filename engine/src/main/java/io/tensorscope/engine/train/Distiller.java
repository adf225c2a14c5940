package io.tensorscope.engine.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.ImageInput;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.RuntimeErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Knowledge distillation of an image classifier: the student (an ONNX model, typically a pruned copy of the teacher)
 * is rebuilt as a {@link GraphNetwork} and trained on DJL's PyTorch engine against the teacher's logits, computed once
 * with ONNX Runtime, and the labels ({@link DistillationLoss}). Progress is reported per batch (running loss,
 * images/s); a cancelled run throws and returns no model.
 */
public final class Distiller {

    private static final String ENGINE = "PyTorch";
    /** Share of the progress bar the teacher's logits take. */
    private static final double TEACHER_SHARE = 0.1;

    private Distiller() {
    }

    /**
     * @param student  the classifier to train (its first input takes the images, its first output scores the classes)
     * @param teacher  the classifier to learn from, with as many classes
     * @param images   the training images (the first {@link DistillOptions#samples()} are used)
     * @param options  loss, optimiser and schedule
     * @param progress per-batch progress and cancellation
     * @return the trained student
     * @throws TensorscopeException {@code BAD_ARGUMENT} if a model does not take the images, the student and teacher
     *                              score different numbers of classes, or a label is not one of them;
     *                              {@code UNSUPPORTED_OPERATOR} if the student has an operator the trainer cannot
     *                              rebuild or an op meets a value it cannot honour (a Slice with a negative step);
     *                              {@code BAD_INPUT_SHAPE} if PyTorch rejects the graph's shapes;
     *                              {@code DEVICE_UNAVAILABLE} if PyTorch cannot start; {@code CANCELLED}
     */
    public static DistillResult distil(Model student, Model teacher, LabelledImages images, DistillOptions options,
            ProgressListener progress) throws TensorscopeException {
        int count = options.samples() == 0 ? images.count() : Math.min(options.samples(), images.count());
        ImageInput input = ImageInput.of(student, images);
        TeacherLogits logits = TeacherLogits.compute(teacher, images, count, options.threads(),
                new ScaledProgress(progress, 0, TEACHER_SHARE, "teacher logits"));
        requireLabels(images, count, logits.classes());
        try (ai.djl.Model holder = open(student.name(), options)) {
            GraphNetwork network = GraphNetwork.of(student, holder.getNDManager(), List.of(Logits.of(student)));
            long studentClasses = network.getOutputShapes(new Shape[] {new Shape(input.dims(1))})[0].getLastDimension();
            if (studentClasses != logits.classes()) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, student.name() + " scores " + studentClasses
                        + " classes, its teacher " + teacher.name() + " " + logits.classes());
            }
            holder.setBlock(network);
            DefaultTrainingConfig config = new DefaultTrainingConfig(new DistillationLoss(options.temperature(),
                    options.alpha())).optDevices(new Device[] {Device.cpu()}).optOptimizer(optimizer(options));
            try (Trainer trainer = holder.newTrainer(config)) {
                trainer.initialize(new Shape(input.dims(options.batchSize())));
                return new Run(trainer, holder.getNDManager(), input, images, logits, options, count, progress)
                        .epochs(network);
            }
        } catch (IllegalArgumentException e) {
            throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "cannot train " + student.name() + ": "
                    + RuntimeErrors.firstLine(e), e);
        } catch (EngineException e) {
            throw new TensorscopeException(ErrorCode.BAD_INPUT_SHAPE, "PyTorch rejected " + student.name() + ": "
                    + RuntimeErrors.firstLine(e), e);
        }
    }

    private static void requireLabels(LabelledImages images, int count, int classes) throws TensorscopeException {
        for (int i = 0; i < count; i++) {
            if (images.labels()[i] < 0 || images.labels()[i] >= classes) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "image " + i + " is labelled "
                        + images.labels()[i] + ", but the models score " + classes + " classes");
            }
        }
    }

    private static ai.djl.Model open(String name, DistillOptions options) throws TensorscopeException {
        try {
            Engine.getEngine(ENGINE).setRandomSeed((int) options.seed());
            JniUtils.setNumThreads(options.threads());
            return ai.djl.Model.newInstance(name, Device.cpu(), ENGINE);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new TensorscopeException(ErrorCode.DEVICE_UNAVAILABLE, "the PyTorch engine cannot start: "
                    + RuntimeErrors.firstLine(e), e);
        }
    }

    private static Optimizer optimizer(DistillOptions options) {
        Tracker rate = Tracker.fixed((float) options.learningRate());
        return switch (options.optimizer()) {
            case SGD -> Optimizer.sgd().setLearningRateTracker(rate).optMomentum((float) options.momentum()).build();
            case ADAM -> Optimizer.adam().optLearningRateTracker(rate).build();
        };
    }

    /** One run's training loop over shuffled batches. */
    private record Run(Trainer trainer, NDManager manager, ImageInput input, LabelledImages images,
                       TeacherLogits logits, DistillOptions options, int count, ProgressListener progress) {

        DistillResult epochs(GraphNetwork network) throws TensorscopeException {
            int batches = (count + options.batchSize() - 1) / options.batchSize();
            int total = batches * options.epochs();
            long start = System.nanoTime();
            long seen = 0;
            double epochLoss = 0;
            for (int epoch = 0; epoch < options.epochs(); epoch++) {
                int[] order = shuffled(new Random(options.seed() + epoch));
                epochLoss = 0;
                for (int b = 0; b < batches; b++) {
                    progress.checkCancelled();
                    int from = b * options.batchSize();
                    int[] indices = Arrays.copyOfRange(order, from, Math.min(count, from + options.batchSize()));
                    epochLoss += step(indices);
                    seen += indices.length;
                    double perSecond = seen / ((System.nanoTime() - start) / 1e9);
                    int done = epoch * batches + b + 1;
                    progress.onProgress(TEACHER_SHARE + (1 - TEACHER_SHARE) * done / total, String.format(Locale.ROOT,
                            "epoch %d/%d, batch %d/%d: loss %.4f, %.0f images/s", epoch + 1, options.epochs(), b + 1,
                            batches, epochLoss / (b + 1), perSecond));
                }
            }
            double perSecond = seen / ((System.nanoTime() - start) / 1e9);
            return new DistillResult(network.withTrainedWeights(), total, seen, epochLoss / batches, perSecond);
        }

        /** @return the batch's loss, after one optimiser step on it */
        private float step(int[] indices) {
            int n = indices.length;
            try (NDManager batch = manager.newSubManager()) {
                NDArray x = batch.create(pixels(indices), new Shape(input.dims(n)));
                NDArray labels = batch.create(labels(indices));
                NDArray teacher = batch.create(logits.rows(indices), new Shape(n, logits.classes()));
                float value;
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray student = trainer.forward(new NDList(x)).head();
                    NDArray loss = trainer.getLoss().evaluate(new NDList(labels, teacher), new NDList(student));
                    collector.backward(loss);
                    value = loss.getFloat();
                }
                trainer.step();
                return value;
            }
        }

        private int[] shuffled(Random random) {
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            return order;
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
}
