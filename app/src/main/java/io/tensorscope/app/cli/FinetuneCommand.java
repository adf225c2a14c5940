package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.train.HeadReplacement;
import io.tensorscope.engine.train.TrainingOptions;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tensorscope finetune MODEL --dataset ID|PATH [--replace-head CLASSES] [--freeze-until NODE] -o OUT.onnx}:
 * cross-entropy training on DJL's PyTorch engine (the classic recipe: a new last layer, SGD lr 0.001 momentum 0.9).
 */
@Command(name = "finetune", description = "Fine-tune an image classifier with cross-entropy on PyTorch: optionally a "
        + "fresh last Gemm/MatMul for CLASSES classes and the layers up to a node frozen; a checkpoint after every "
        + "epoch, the test split scored once at the end.")
public final class FinetuneCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RewriteArguments model;

    @Mixin
    private TrainingArguments training;

    @Option(names = "--replace-head", paramLabel = "CLASSES", description = "Replace the last Gemm/MatMul (the one "
            + "writing the logits) by a freshly initialised one with CLASSES outputs (seeded).")
    private Integer replaceHead;

    @Option(names = "--freeze-until", paramLabel = "NODE", description = "Keep the weights of NODE and every node "
            + "before it (graph order); they run in evaluation mode.")
    private String freezeUntil;

    @Override
    public Integer call() throws Exception {
        TrainingOptions options = training.options(10, 0.001, freezeUntil);
        Model original = new ModelSource().open(model.model(), ProgressListener.NONE);
        Model student = replaceHead == null ? original : HeadReplacement.replace(original, replaceHead, options.seed());
        Map<String, String> extra = replaceHead == null ? Map.of() : Map.of("replace-head", replaceHead.toString());
        TrainingExecution.run(original, student, null, training, options, TrainingArguments.step("finetune", options,
                extra), model.output(), spec.commandLine().getOut());
        return 0;
    }
}
