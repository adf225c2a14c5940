package io.tensorscope.engine.distil;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.pass.ReportTable;
import io.tensorscope.engine.train.EpochStats;
import io.tensorscope.engine.train.GraphTrainer;
import io.tensorscope.engine.train.Teacher;
import io.tensorscope.engine.train.TrainingOptions;
import io.tensorscope.engine.train.TrainingResult;
import io.tensorscope.engine.train.TrainingSets;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;

/**
 * Knowledge distillation as a pipeline step: the step's input (typically a pruned copy) is trained on DJL's PyTorch
 * engine against the model the pipeline started from, on the pipeline data set's training split ({@code mnist}: the
 * 60,000 training digits; a folder: all of it). Only initializers change.
 */
public final class DistilPass implements Pass {

    /** The pass's id. */
    public static final String ID = "distil";
    /** The report section with one row per epoch. */
    public static final String EPOCHS_KEY = "epochs";
    /** The report section with the run's totals. */
    public static final String RUN_KEY = "run";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Knowledge distillation";
    }

    @Override
    public String description() {
        return "trains the model (e.g. a pruned copy) on the data set's training split to match the pipeline's input "
                + "model: α·T²·KL(teacher ‖ student) + (1 − α)·cross-entropy, on PyTorch";
    }

    @Override
    public boolean needsData() {
        return true;
    }

    @Override
    public List<PassOption> options() {
        return List.of(
                PassOption.number("temperature", Teacher.DEFAULT_TEMPERATURE, 0.01, 100, "", "T: softens the "
                        + "teacher's and the student's distributions"),
                PassOption.number("alpha", Teacher.DEFAULT_ALPHA, 0, 1, "", "Weight of the teacher's term (the rest "
                        + "is cross-entropy with the labels)"),
                PassOption.integer("epochs", 1, 1, 1000, "epochs", "Passes over the training images"),
                PassOption.integer("batch", 64, 1, 65_536, "images", "Images per optimiser step"),
                PassOption.choice("optimizer", "sgd", List.of("sgd", "adam"), "SGD with momentum, or Adam"),
                PassOption.number("lr", 0.01, 1e-9, 10, "", "Learning rate"),
                PassOption.number("momentum", 0.9, 0, 0.999, "", "SGD momentum (Adam ignores it)"),
                PassOption.integer("samples", 0, 0, 10_000_000, "images", "Training images used, the first ones "
                        + "(0: all); a tenth is held out to validate each epoch"),
                PassOption.integer("seed", 2026, 0, Integer.MAX_VALUE, "", "Seeds the hold-out, the shuffling and "
                        + "PyTorch's random numbers"));
    }

    @Override
    public PassResult apply(Model model, PassOptions options, PassContext context) throws TensorscopeException {
        Model teacher = context.pipelineInputModel().orElseThrow(() -> new TensorscopeException(
                ErrorCode.BAD_ARGUMENT, "distil learns from the model the pipeline started from: run it as a step of "
                + "a pipeline"));
        String dataset = context.datasetName().orElseThrow(() -> new TensorscopeException(ErrorCode.BAD_ARGUMENT,
                "distil trains on a data set's training split: name one (mnist or a folder of images)"));
        LabelledImages images = TrainingSets.training(model, dataset);
        TrainingResult result = GraphTrainer.train(model, teacher(teacher, options), images, trainingOptions(options),
                GraphTrainer.Checkpoints.NONE, context.progress(), EpochStats.Listener.NONE);
        Model trained = result.model();
        List<String> notes = List.of(String.format(Locale.ROOT, "distilled from %s for %d epoch(s), %d steps on %s "
                        + "(%d images held out): final loss %.4f, validation accuracy %.2f %%, %.0f images/s",
                teacher.name(), result.epochs().size(), result.steps(), dataset, result.validationImages(),
                result.finalLoss(), 100 * result.finalValidationAccuracy(), result.imagesPerSecond()));
        return new PassResult(trained, PassReport.of(ID, model.graph(), model.proto().getSerializedSize(),
                trained.graph(), trained.proto().getSerializedSize(), retrained(model, trained), List.of(), notes, List.of(),
                List.of(epochs(result), run(result))));
    }

    /**
     * @param options this pass's options, checked
     * @return the training settings they name (optimizer, lr, momentum, batch, epochs, samples, seed)
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a value training refuses
     */
    public static TrainingOptions trainingOptions(PassOptions options) throws TensorscopeException {
        return TrainingOptions.builder()
                .optimizer(TrainingOptions.OptimizerKind.valueOf(options.text("optimizer").toUpperCase(Locale.ROOT)))
                .learningRate(options.number("lr")).momentum(options.number("momentum"))
                .batchSize(Math.toIntExact(options.integer("batch"))).epochs(Math.toIntExact(options.integer("epochs")))
                .samples(Math.toIntExact(options.integer("samples"))).seed(options.integer("seed")).build();
    }

    /**
     * @param model   the model learnt from
     * @param options this pass's options, checked
     * @return the teacher with the options' temperature and alpha
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a temperature or alpha out of range
     */
    public static Teacher teacher(Model model, PassOptions options) throws TensorscopeException {
        return Teacher.of(model, options.number("temperature"), options.number("alpha"));
    }

    /** @return the nodes (by name, graph order) that read an initializer training changed */
    private static List<String> retrained(Model before, Model after) {
        Set<String> changed = new HashSet<>();
        for (TensorProto t : after.graph().getInitializerList()) {
            if (!t.equals(before.index().initializer(t.getName()))) {
                changed.add(t.getName());
            }
        }
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < after.nodeCount(); i++) {
            if (after.graph().getNode(i).getInputList().stream().anyMatch(changed::contains)) {
                nodes.add(after.nodeName(i));
            }
        }
        return nodes;
    }

    private static ReportTable epochs(TrainingResult result) {
        return new ReportTable(EPOCHS_KEY, "Epochs", List.of(new ReportTable.Column("epoch", "Epoch"),
                new ReportTable.Column("train_loss", "Train loss"), new ReportTable.Column("validation_accuracy",
                "Validation accuracy"), new ReportTable.Column("images_per_second", "Images/s")),
                result.epochs().stream().map(e -> Arrays.<Object>asList(e.epoch(), e.trainLoss(),
                        e.validationAccuracy(), e.imagesPerSecond())).toList());
    }

    private static ReportTable run(TrainingResult result) {
        return new ReportTable(RUN_KEY, "Training run", List.of(new ReportTable.Column("epochs", "Epochs"),
                new ReportTable.Column("steps", "Steps"), new ReportTable.Column("final_loss", "Final loss"),
                new ReportTable.Column("validation_images", "Held out"), new ReportTable.Column("images_per_second",
                "Images/s")), List.of(Arrays.<Object>asList(result.epochs().size(), result.steps(), result.finalLoss(),
                result.validationImages(), result.imagesPerSecond())));
    }
}
