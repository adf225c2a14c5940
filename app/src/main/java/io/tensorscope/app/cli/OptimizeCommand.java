package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.PipelineJson;
import io.tensorscope.engine.pass.PipelineResult;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tensorscope optimize MODEL -o OUT.onnx --step PASS[:k=v,...]... [--pipeline FILE.json]}: runs a pipeline. */
@Command(name = "optimize", description = "Run a pipeline of passes (see 'tensorscope passes'): each step's output is "
        + "loaded by ONNX Runtime before the next step runs; the last step's model is written.")
public final class OptimizeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RewriteArguments arguments;

    @Mixin
    private RecordingArguments recording;

    @Option(names = "--step", paramLabel = "PASS[:NAME=VALUE,...]", description = "A step (repeatable, run in order), "
            + "e.g. static-int8:calibration=entropy,samples=200; list values keep their commas (exclude-ops=Softmax,Gemm).")
    private List<String> steps = new ArrayList<>();

    @Option(names = "--pipeline", paramLabel = "FILE.json", description = "Steps (and data set) from a pipeline file; "
            + "--step options run after its steps.")
    private Path pipeline;

    @Option(names = "--dataset", paramLabel = "ID|PATH|random", description = "Sample inputs for steps that calibrate: "
            + "mnist, fashion-mnist, spam-assassin, a folder of images (labels.csv optional for calibration), a CSV of text,label, or random (random inputs; "
            + "poor ranges). Overrides the pipeline file's.")
    private String dataset;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every step's report, the replayable "
            + "pipeline and the experiment record as JSON.")
    private Path json;

    @Option(names = "--auto", description = "Search per-layer channel sparsity (greedy, from the sensitivity ranking) "
            + "for the fastest model within --budget-accuracy; --step steps run after the pruning in every candidate, and when "
            + "a quantization step alone is over the budget its most sensitive nodes are kept in float first.")
    private boolean auto;

    @Option(names = "--budget-accuracy", defaultValue = "0.5", paramLabel = "POINTS",
            description = "With --auto: the largest score drop allowed, percentage points (default ${DEFAULT-VALUE}).")
    private double budgetPoints;

    @Option(names = "--budget-minutes", defaultValue = "10", paramLabel = "MIN",
            description = "With --auto: stop trying new candidates after this (default ${DEFAULT-VALUE}).")
    private double budgetMinutes;

    @Option(names = "--levels", split = ",", paramLabel = "L,...",
            description = "With --auto: sparsity levels a layer may take (default 0.25,0.5,0.75).")
    private List<Double> levels = new ArrayList<>(List.of(0.25, 0.5, 0.75));

    @Option(names = "--samples", defaultValue = "1000", description = "With --auto: images scored per candidate "
            + "(default ${DEFAULT-VALUE}; texts use the whole k-NN split).")
    private int samples;

    @Option(names = "--save-pipeline", paramLabel = "FILE.json", description = "Also write the pipeline that ran, every "
            + "option written out, to replay it with --pipeline.")
    private Path savePipeline;

    @Override
    public Integer call() throws Exception {
        List<PipelineStep> all = new ArrayList<>();
        String data = dataset;
        if (pipeline != null) {
            OutputPaths.requireDistinct(arguments.output(), pipeline);
            PipelineSpec file = PipelineJson.read(read(pipeline));
            all.addAll(file.steps());
            data = data != null ? data : file.dataset();
        }
        for (String step : steps) {
            all.add(PipelineStep.parse(step));
        }
        if (auto) {
            OutputPaths.requireDistinct(json, Path.of(arguments.model()), arguments.output());
            return new AutoExecution(recording).run(arguments.model(), arguments.output(), budgetPoints, budgetMinutes, levels, all,
                    data, samples, json, spec.commandLine().getOut());
        }
        if (all.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "give at least one --step PASS[:name=value,...] or "
                    + "--pipeline FILE.json (passes: 'tensorscope passes')");
        }
        OutputPaths.requireDistinct(json, Path.of(arguments.model()), arguments.output());
        OutputPaths.requireDistinct(savePipeline, Path.of(arguments.model()), arguments.output());
        PipelineExecution execution = new PipelineExecution(recording);
        PipelineResult result = execution.run(arguments.model(), new PipelineSpec(data, all), arguments.output(),
                spec.commandLine().getOut());
        if (json != null) {
            execution.writeJson(result, arguments.output(), json);
        }
        if (savePipeline != null) {
            byte[] text = PipelineJson.write(result.spec(), execution.registry()).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(savePipeline, out -> out.write(text));
        }
        return 0;
    }

    private static String read(Path file) throws TensorscopeException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read the pipeline " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
