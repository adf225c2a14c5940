package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.DeviceDiscovery;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.ceilings.CeilingsService;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.report.ChromeTrace;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.report.ProfileJson;
import io.tensorscope.profiler.report.ProfileText;
import io.tensorscope.profiler.roofline.Roofline;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.timing.BlockProfiler;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.ModelProfiler;
import io.tensorscope.profiler.timing.ProfileSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tensorscope profile MODEL}: per-kernel and per-node timing on this machine, placed on its roofline. */
@Command(name = "profile", description = "Time every kernel and node of a model with ONNX Runtime's profiler and "
        + "place them on this machine's measured roofline.")
public final class ProfileCommand implements Callable<Integer> {

    private static final long INPUT_SEED = 42;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelArguments arguments;

    @Option(names = "--device", defaultValue = "cpu", description = "cpu or gpu (default ${DEFAULT-VALUE}).")
    private String device;

    @Option(names = "--engine", defaultValue = "onnxruntime", paramLabel = "onnxruntime|pytorch",
            description = "onnxruntime (kernel by kernel, its profiler) or pytorch (eager, block by block; chain models "
                    + "such as the MNIST CNN). Default ${DEFAULT-VALUE}.")
    private String engine;

    @Option(names = "--threads", paramLabel = "N", description = "Intra-op threads (default: all cores).")
    private Integer threads;

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed warm-up runs (default ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--optimization", defaultValue = "ALL", paramLabel = "NONE|BASIC|ALL",
            description = "Graph optimisation: ALL (what you deploy) or NONE (kernels map 1:1 to nodes). Default ${DEFAULT-VALUE}.")
    private OptimizationLevel optimization;

    @Option(names = "--top", defaultValue = "15", description = "Kernels listed, slowest first (default ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the profile as JSON to FILE.")
    private Path json;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write a Chrome / Perfetto trace of the timed runs to FILE.")
    private Path trace;

    @Override
    public Integer call() throws Exception {
        if (!"cpu".equals(device)) {
            throw new TensorscopeException("gpu".equals(device) ? ErrorCode.DEVICE_UNAVAILABLE : ErrorCode.BAD_ARGUMENT,
                    "gpu".equals(device) ? "profiling on a GPU needs the CUDA build of ONNX Runtime, which this build "
                            + "does not bundle; use --device cpu" : "--device must be cpu or gpu, not " + device);
        }
        if (!"onnxruntime".equals(engine) && !"pytorch".equals(engine)) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--engine must be onnxruntime or pytorch, not " + engine);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ProfileSettings settings = new ProfileSettings(n, warmup, runs, optimization).validate();
        InputSizes sizes = arguments.sizes();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Model loaded = new ModelSource().open(arguments.model(), ProgressListener.NONE);
            ModelAnalysis analysis = ModelAnalyzer.analyze(loaded, sizes, ProgressListener.NONE);
            CeilingsService service = CeilingsCommand.service();
            MachineCeilings ceilings = service.cached(n).orElse(null);
            if (ceilings == null) {
                err.println("measuring this machine's ceilings first (about 20 s, once)...");
                err.flush();
                ceilings = service.get(n, false, ProgressListener.NONE);
            }
            List<TensorData> modelInputs = RandomInputs.forModel(loaded, sizes, INPUT_SEED);
            ModelProfile profile = "pytorch".equals(engine)
                    ? BlockProfiler.profile(loaded, analysis, modelInputs.get(0), settings, DeviceDiscovery.cpu(),
                            ProgressListener.NONE)
                    : ModelProfiler.profile(loaded, analysis, modelInputs, settings, ProgressListener.NONE);
            List<RooflinePoint> points = new Roofline(ceilings.forThreads(n), ceilings.caches()).place(profile);
            if (json != null) {
                JsonFiles.write(ProfileJson.toJson(profile, ceilings, points, analysis), json);
            }
            if (trace != null) {
                ChromeTrace.write(profile, trace);
            }
            PrintWriter out = spec.commandLine().getOut();
            ProfileText.write(profile, points, top, out);
            out.flush();
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        return 0;
    }
}
