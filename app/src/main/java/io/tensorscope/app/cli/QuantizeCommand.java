package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.PipelineResult;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.report.PassReportJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tensorscope quantize MODEL -o OUT.onnx}: a one-step pipeline (dynamic-int8, static-int8 or fp16); each flag
 * given becomes the pass option of the same meaning, so a flag the pass does not take is refused, naming the pass.
 */
@Command(name = "quantize", description = "Quantize a model to int8 (dynamic, or static QDQ with calibration) or "
        + "convert it to fp16: a one-step 'optimize'; the output is plain ONNX, loaded by ONNX Runtime before it is kept.")
public final class QuantizeCommand implements Callable<Integer> {

    /** Quantization modes and the passes they run. */
    enum Mode {
        DYNAMIC("dynamic-int8"),
        STATIC("static-int8"),
        FP16("fp16");

        private final String pass;

        Mode(String pass) {
            this.pass = pass;
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RewriteArguments arguments;

    @Mixin
    private RecordingArguments recording;

    @Option(names = "--mode", defaultValue = "dynamic", paramLabel = "dynamic|static|fp16",
            description = "dynamic int8, static int8 (QDQ, calibrated) or fp16 (default ${DEFAULT-VALUE}).")
    private Mode mode;

    @Option(names = "--per-channel", negatable = true, fallbackValue = "true",
            description = "One weight scale per output channel (the int8 passes' default); --no-per-channel for one per "
                    + "tensor.")
    private Boolean perChannel;

    @Option(names = "--calibration", paramLabel = "minmax|percentile|entropy",
            description = "How static mode picks activation ranges (default minmax).")
    private String calibration;

    @Option(names = "--dataset", paramLabel = "ID|PATH|random", description = "Calibration data for static mode: mnist "
            + "or fashion-mnist (their training images), spam-assassin, a folder of images (labels.csv optional: calibration needs no labels), a CSV of text,label, or random.")
    private String dataset;

    @Option(names = "--samples", description = "Calibration samples (default 500).")
    private Integer samples;

    @Option(names = "--exclude", split = ",", paramLabel = "NODE", description = "Nodes to keep in float.")
    private List<String> excludeNodes = new ArrayList<>();

    @Option(names = "--exclude-op", split = ",", paramLabel = "OP", description = "Op types to keep in float.")
    private List<String> excludeOps = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the pass report (every tensor's scales) as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        if (perChannel != null) {
            options.put("per-channel", perChannel.toString());
        }
        if (calibration != null) {
            options.put("calibration", calibration);
        }
        if (samples != null) {
            options.put("samples", samples.toString());
        }
        if (!excludeNodes.isEmpty()) {
            options.put("exclude-nodes", String.join(",", excludeNodes));
        }
        if (!excludeOps.isEmpty()) {
            options.put("exclude-ops", String.join(",", excludeOps));
        }
        OutputPaths.requireDistinct(json, Path.of(arguments.model()), arguments.output());
        if (dataset != null && mode != Mode.STATIC) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--dataset is calibration data for static mode; "
                    + mode.name().toLowerCase(Locale.ROOT) + " mode takes none");
        }
        PipelineSpec pipeline = new PipelineSpec(dataset, List.of(new PipelineStep(mode.pass, options)));
        PipelineResult result = new PipelineExecution(recording).run(arguments.model(), pipeline, arguments.output(),
                spec.commandLine().getOut());
        if (json != null) {
            JsonFiles.write(PassReportJson.report(result.reports().get(0)), json);
        }
        return 0;
    }
}
