package io.tensorscope.engine.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.ImageInput;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.RuntimeErrors;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Trains an image classifier given as ONNX on DJL's PyTorch engine: the model is rebuilt as a {@link GraphNetwork}
 * and trained with cross-entropy (fine-tuning) or, given a {@link Teacher}, with the distillation loss against the
 * teacher's logits (computed once with ONNX Runtime). A {@link ValidationSplit} of the training images is held out and
 * scored after every epoch; with a checkpoint folder the state is saved after every epoch and a run can resume from
 * it. The same seed and settings give the same weights, whether or not the run was interrupted and resumed.
 */
public final class GraphTrainer {

    private static final String ENGINE = "PyTorch";
    /** Share of the progress bar the teacher's logits take. */
    private static final double TEACHER_SHARE = 0.1;

    private GraphTrainer() {
    }

    /**
     * Where a run keeps its checkpoint and whether it starts from it.
     *
     * @param folder the checkpoint folder ({@link #besides}), or null for none
     * @param resume continue from the checkpoint in {@code folder} instead of from the student given
     */
    public record Checkpoints(Path folder, boolean resume) {

        /** No checkpoints. */
        public static final Checkpoints NONE = new Checkpoints(null, false);

        /** @return checkpoints in {@code OUT.onnx.checkpoint/} beside {@code output} */
        public static Checkpoints besides(Path output, boolean resume) {
            return new Checkpoints(Checkpoint.folderOf(output), resume);
        }
    }

    /**
     * @param student     the classifier to train (first input takes the images, first output scores the classes)
     * @param teacher     the classifier to distil from, or null to fine-tune with cross-entropy
     * @param images      the training images (the first {@link TrainingOptions#samples()}; a part is held out)
     * @param options     optimiser, schedule, seed, frozen nodes, device
     * @param checkpoints where the per-epoch checkpoint goes and whether to resume from it
     * @param progress    per-batch progress ("epoch e/E, batch b/B: loss x, n images/s") and cancellation
     * @param onEpoch     each finished epoch
     * @return the trained student
     * @throws TensorscopeException {@code BAD_ARGUMENT} for images the model does not take, a label the model cannot
     *                              score, an empty or one-image data set, a student and teacher scoring different
     *                              numbers of classes, an unknown node to freeze, a checkpoint missing or made with
     *                              other settings; {@code UNSUPPORTED_OPERATOR} naming a node the trainer cannot
     *                              rebuild; {@code BAD_INPUT_SHAPE} if PyTorch rejects the graph's shapes;
     *                              {@code DEVICE_UNAVAILABLE} if PyTorch cannot start; {@code CANCELLED}
     */
    public static TrainingResult train(Model student, Teacher teacher, LabelledImages images, TrainingOptions options,
            Checkpoints checkpoints, ProgressListener progress, EpochStats.Listener onEpoch)
            throws TensorscopeException {
        int count = options.samples() == 0 ? images.count() : Math.min(options.samples(), images.count());
        ValidationSplit split = ValidationSplit.of(count, options.seed());
        String settings = Checkpoint.settings(options, teacher);
        Checkpoint start = checkpoints.resume() ? resumable(checkpoints.folder(), settings, options) : null;
        Model model = start == null ? student : start.model();
        ImageInput input = ImageInput.of(model, images);
        TeacherLogits logits = teacher == null ? null : TeacherLogits.compute(teacher.model(), images, count,
                options.threads(), new ScaledProgress(progress, 0, TEACHER_SHARE, "teacher logits"));
        try (ai.djl.Model holder = open(model.name(), options)) {
            GraphNetwork network = GraphNetwork.of(model, holder.getNDManager(), List.of(Logits.of(model)));
            long classes = network.getOutputShapes(new Shape[] {new Shape(input.dims(1))})[0].getLastDimension();
            requireClasses(model, teacher, logits, classes, images, count);
            if (!options.freezeUntil().isEmpty()) {
                network.freezeThrough(options.freezeUntil());
            }
            holder.setBlock(network);
            ResumableOptimizer optimizer = new ResumableOptimizer(options);
            Loss loss = teacher == null ? Loss.softmaxCrossEntropyLoss()
                    : new DistillationLoss(teacher.temperature(), teacher.alpha());
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                    .optDevices(new Device[] {holder.getNDManager().getDevice()}).optOptimizer(optimizer);
            try (Trainer trainer = holder.newTrainer(config)) {
                trainer.initialize(new Shape(input.dims(options.batchSize())));
                optimizer.track(network.getParameters().values().stream().toList());
                if (start != null) {
                    optimizer.restore(Checkpoint.optimizerState(checkpoints.folder(), holder.getNDManager()),
                            start.steps());
                }
                ProgressListener training = teacher == null ? progress
                        : new ScaledProgress(progress, TEACHER_SHARE, 1, "");
                return new TrainingRun(trainer, network, optimizer, input, images, logits, split, options, settings,
                        checkpoints.folder(), training, onEpoch).epochs(start == null ? List.of() : start.epochs());
            }
        } catch (IllegalArgumentException e) {
            throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "cannot train " + model.name() + ": "
                    + RuntimeErrors.firstLine(e), e);
        } catch (EngineException e) {
            throw new TensorscopeException(ErrorCode.BAD_INPUT_SHAPE, "PyTorch rejected " + model.name() + ": "
                    + RuntimeErrors.firstLine(e), e);
        }
    }

    /** @return a one-line note when a GPU was asked for and DJL's PyTorch engine has none (training runs on CPU) */
    public static Optional<String> deviceNote(boolean gpu) {
        if (!gpu || gpuCount() > 0) {
            return Optional.empty();
        }
        return Optional.of("no CUDA device for PyTorch: DJL's PyTorch engine here is the CPU build of libtorch "
                + "(CUDA builds are not served by the registries), so training runs on the CPU");
    }

    private static int gpuCount() {
        try {
            return Engine.getEngine(ENGINE).getGpuCount();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return 0;
        }
    }

    private static Checkpoint resumable(Path folder, String settings, TrainingOptions options)
            throws TensorscopeException {
        if (folder == null) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "nothing to resume: no checkpoint folder given");
        }
        Checkpoint checkpoint = Checkpoint.load(folder);
        TrainingOptions.require(checkpoint.settings().equals(settings), "the checkpoint in " + folder + " was made "
                + "with " + checkpoint.settings() + "; resume with the same settings, not " + settings);
        TrainingOptions.require(checkpoint.epochs().size() < options.epochs(), "the checkpoint in " + folder
                + " already has " + checkpoint.epochs().size() + " epoch(s): ask for more than that to resume");
        return checkpoint;
    }

    /** Labels must be classes the student scores; a teacher must score as many. */
    private static void requireClasses(Model student, Teacher teacher, TeacherLogits logits, long classes,
            LabelledImages images, int count) throws TensorscopeException {
        if (logits != null && classes != logits.classes()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, student.name() + " scores " + classes
                    + " classes, its teacher " + teacher.model().name() + " " + logits.classes() + ": the outputs "
                    + "differ in shape");
        }
        int highest = 0;
        for (int i = 0; i < count; i++) {
            TrainingOptions.require(images.labels()[i] >= 0, "image " + i + " has the negative label "
                    + images.labels()[i]);
            highest = Math.max(highest, images.labels()[i]);
        }
        TrainingOptions.require(highest < classes, "the data set has " + (highest + 1) + " classes but "
                + student.name() + " scores " + classes + ": replace its head with one for " + (highest + 1)
                + " classes (--replace-head " + (highest + 1) + ")");
    }

    private static ai.djl.Model open(String name, TrainingOptions options) throws TensorscopeException {
        try {
            Engine engine = Engine.getEngine(ENGINE);
            JniUtils.setNumThreads(options.threads());
            Device device = options.gpu() && engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
            return ai.djl.Model.newInstance(name, device, ENGINE);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new TensorscopeException(ErrorCode.DEVICE_UNAVAILABLE, "the PyTorch engine cannot start: "
                    + RuntimeErrors.firstLine(e), e);
        }
    }
}
