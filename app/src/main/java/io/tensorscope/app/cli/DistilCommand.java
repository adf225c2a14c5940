package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.train.Teacher;
import io.tensorscope.engine.train.TrainingOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tensorscope distil STUDENT --teacher MODEL --dataset ID|PATH -o OUT.onnx}: knowledge distillation on DJL's
 * PyTorch engine, the teacher's logits computed once with ONNX Runtime.
 */
@Command(name = "distil", description = "Train a student (e.g. a pruned copy) to match a teacher: "
        + "α·T²·KL(teacher ‖ student) + (1 − α)·cross-entropy, on PyTorch; a checkpoint after every epoch, the test "
        + "split scored once at the end.")
public final class DistilCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RewriteArguments student;

    @Mixin
    private TrainingArguments training;

    @Option(names = "--teacher", required = true, paramLabel = "MODEL", description = "The model to learn from (file "
            + "or bundled id), scoring as many classes as the student.")
    private String teacher;

    @Option(names = "--temperature", defaultValue = "4", paramLabel = "T", description = "Softens both distributions "
            + "(default ${DEFAULT-VALUE}).")
    private double temperature;

    @Option(names = "--alpha", defaultValue = "0.7", paramLabel = "A", description = "Weight of the teacher's term, "
            + "0..1 (default ${DEFAULT-VALUE}).")
    private double alpha;

    @Override
    public Integer call() throws Exception {
        TrainingOptions options = training.options(1, 0.01, null);
        ModelSource source = new ModelSource();
        Teacher from = Teacher.of(source.open(teacher, ProgressListener.NONE), temperature, alpha);
        Model original = source.open(student.model(), ProgressListener.NONE);
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("teacher", teacher);
        extra.put("temperature", Double.toString(temperature));
        extra.put("alpha", Double.toString(alpha));
        TrainingExecution.run(original, original, from, training, options, TrainingArguments.step("distil", options,
                extra), student.output(), spec.commandLine().getOut());
        return 0;
    }
}
