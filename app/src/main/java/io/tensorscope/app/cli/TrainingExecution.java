package io.tensorscope.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.evaluate.ImageAccuracy;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.train.GraphTrainer;
import io.tensorscope.engine.train.Teacher;
import io.tensorscope.engine.train.TrainingOptions;
import io.tensorscope.engine.train.TrainingResult;
import io.tensorscope.engine.train.TrainingSets;
import io.tensorscope.profiler.experiment.ExperimentRecords;
import io.tensorscope.profiler.report.JsonFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code finetune} and {@code distil} share: check the settings, train with a progress bar per batch and a
 * printed line per epoch (a checkpoint after each, beside the output), score the data set's test split once, then
 * write the model (atomically: a cancelled or failed run leaves no output, only its last checkpoint) and the JSON, and
 * record the experiment in the workspace.
 */
final class TrainingExecution {

    private TrainingExecution() {
    }

    /**
     * @param original  the model the command started from (the recorded experiment's parent)
     * @param student   the model to train: {@code original}, or a copy with its head already replaced
     * @param teacher   the model to distil from, or null to fine-tune
     * @param arguments the shared options
     * @param options   the checked training options
     * @param made      the step recorded as the experiment's pipeline (its settings written out)
     * @param output    where the trained model goes
     * @param out       standard output
     */
    static void run(Model original, Model student, Teacher teacher, TrainingArguments arguments,
            TrainingOptions options, PipelineStep made, Path output, PrintWriter out) throws TensorscopeException {
        try (ExperimentRecorder recorder = arguments.recording().open()) {
            Trained trained = train(student, teacher, arguments, options, output, recorder.file(), out);
            PipelineSpec spec = new PipelineSpec(arguments.dataset(), List.of(made));
            recorder.recordMade(original, parentId -> ExperimentRecords.trained(made.pass() + " on "
                    + arguments.dataset(), trained.model(), spec, parentId, trained.score().orElse(null),
                    options.threads()), trained.model(), out);
        }
    }

    /** What a run made: the trained model and its test score, if the data set has a test split. */
    private record Trained(Model model, Optional<Evaluation> score) {
    }

    private static Trained train(Model student, Teacher teacher, TrainingArguments arguments, TrainingOptions options,
            Path output, Path workspace, PrintWriter out) throws TensorscopeException {
        OutputPaths.requireDistinct(output, student.location().orElse(null),
                teacher == null ? null : teacher.model().location().orElse(null), workspace);
        OutputPaths.requireDistinct(arguments.json(), output, workspace);
        GraphTrainer.deviceNote(options.gpu()).ifPresent(out::println);
        LabelledImages images = TrainingSets.training(student, arguments.dataset());
        Optional<LabelledImages> test = TrainingSets.test(arguments.dataset());
        out.flush();
        TrainingResult result;
        Optional<Evaluation> score;
        try (ConsoleProgress progress = ConsoleProgress.start(student.name())) {
            result = GraphTrainer.train(student, teacher, images, options, GraphTrainer.Checkpoints.besides(output,
                    arguments.resume()), progress, (stats, epochs) -> {
                        out.println(stats.describe(epochs));
                        out.flush();
                    });
            score = test.isPresent() ? Optional.of(ImageAccuracy.evaluate(result.model(), test.get(),
                    arguments.dataset(), 0, test.get().count(), options.threads(), progress)) : Optional.empty();
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        out.printf(Locale.ROOT, "trained %d step(s) at %.0f images/s; %d images held out for validation%n",
                result.steps(), result.imagesPerSecond(), result.validationImages());
        out.println(score.map(e -> String.format(Locale.ROOT, "test %s on %d %s test images: %.2f %%", e.metric(),
                e.samples(), e.dataset(), 100 * e.value())).orElse("no test split in " + arguments.dataset()
                + ": the validation accuracy above is the score"));
        ModelWriter.write(result.model(), output);
        out.println("wrote " + output + " (checkpoint in " + GraphTrainer.Checkpoints.besides(output, false).folder()
                + ")");
        out.flush();
        if (arguments.json() != null) {
            JsonFiles.write(json(student, output, arguments.dataset(), result, score), arguments.json());
        }
        return new Trained(result.model(), score);
    }

    private static ObjectNode json(Model student, Path output, String dataset, TrainingResult result,
            Optional<Evaluation> score) {
        ObjectNode root = new ObjectMapper().createObjectNode().put("model", student.name())
                .put("output", output.toString()).put("dataset", dataset).put("steps", result.steps())
                .put("images_per_second", result.imagesPerSecond()).put("validation_images", result.validationImages())
                .put("resumed_epochs", result.resumedEpochs());
        ArrayNode epochs = root.putArray("epochs");
        result.epochs().forEach(e -> epochs.addObject().put("epoch", e.epoch()).put("train_loss", e.trainLoss())
                .put("validation_accuracy", e.validationAccuracy()).put("images_per_second", e.imagesPerSecond()));
        score.ifPresentOrElse(e -> root.putObject("test").put("samples", e.samples()).put("metric", e.metric())
                .put("value", e.value()), () -> root.putNull("test"));
        return root;
    }
}
