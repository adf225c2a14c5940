package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.train.GraphTrainer;
import io.tensorscope.engine.train.TrainingOptions;
import io.tensorscope.engine.zoo.ResNet;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tensorscope train resnet18 [--width 16] [--classes 10] --dataset fashion-mnist --epochs N -o OUT.onnx}: a
 * ResNet-18 for 28×28 grey images ({@link ResNet}), freshly initialised from the seed, trained from scratch with
 * cross-entropy on DJL's PyTorch engine, then written as plain ONNX — a model like any other (profile, prune,
 * quantize, distil).
 */
@Command(name = "train", description = "Train a network from scratch on PyTorch (resnet18: basic blocks, residual "
        + "adds, BatchNorm, a 3x3 stem for 28x28 grey images, width multiplier) and write it as ONNX; a checkpoint after "
        + "every epoch, the test split scored once at the end.")
public final class TrainCommand implements Callable<Integer> {

    /** The architectures this command builds. */
    static final String RESNET18 = "resnet18";
    /** Default width on a CPU: trains in minutes per epoch on a laptop-class machine. */
    static final int CPU_WIDTH = 16;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARCH", description = "resnet18.")
    private String architecture;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.onnx", description = "Where to write the "
            + "trained model.")
    private Path output;

    @Option(names = "--width", paramLabel = "W", description = "Channels of the first stage (stages: W, 2W, 4W, 8W); "
            + "64 is the full ResNet-18, the default on a GPU; 16 on a CPU.")
    private Integer width;

    @Option(names = "--classes", defaultValue = "10", paramLabel = "N", description = "Classes the head scores "
            + "(default ${DEFAULT-VALUE}, as both bundled image sets).")
    private int classes;

    @Mixin
    private TrainingArguments training;

    @Override
    public Integer call() throws Exception {
        if (!RESNET18.equals(architecture)) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "train builds " + RESNET18 + ", not '"
                    + architecture + "'");
        }
        TrainingOptions options = training.options(10, 0.05, null);
        boolean onGpu = options.gpu() && GraphTrainer.deviceNote(true).isEmpty();
        int w = width != null ? width : onGpu ? ResNet.FULL_WIDTH : CPU_WIDTH;
        Model model = ResNet.resnet18(w, classes, options.seed());
        PipelineStep made = TrainingArguments.step(RESNET18, options, Map.of("width", Integer.toString(w), "classes",
                Integer.toString(classes)));
        TrainingExecution.run(model, model, null, training, options, made, output, spec.commandLine().getOut());
        return 0;
    }
}
