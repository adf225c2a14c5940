package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.Device;
import io.tensorscope.engine.runtime.DeviceDiscovery;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.profiler.advice.AdviceInput;
import io.tensorscope.profiler.report.ChromeTrace;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.report.ProfileJson;
import io.tensorscope.profiler.report.ProfileText;
import io.tensorscope.profiler.timing.ProfileSettings;
import io.tensorscope.profiler.usecase.ProfileEngine;
import io.tensorscope.profiler.usecase.Profiling;
import io.tensorscope.profiler.usecase.ProfilingRequest;
import io.tensorscope.profiler.usecase.ProfilingResult;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Option(names = "--runs", defaultValue = "" + ProfileSettings.DEFAULT_RUNS,
            description = "Timed runs (default ${DEFAULT-VALUE}, as in the workbench).")
    private int runs;

    @Option(names = "--warmup", defaultValue = "" + ProfileSettings.DEFAULT_WARMUP_RUNS,
            description = "Untimed warm-up runs (default ${DEFAULT-VALUE}, as in the workbench).")
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

    @Mixin
    private AdviceArguments advice;

    @Override
    public Integer call() throws Exception {
        ProfileEngine runtime = ProfileEngine.byId(engine).orElseThrow(() -> new TensorscopeException(
                ErrorCode.BAD_ARGUMENT, "--engine must be onnxruntime or pytorch, not " + engine));
        Device target = device();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ProfileSettings settings = new ProfileSettings(n, warmup, runs, optimization).validate();
        if (top < 0) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--top must be 0 or more, not " + top);
        }
        OutputPaths.requireDistinct(json, Path.of(arguments.model()), trace);
        OutputPaths.requireDistinct(trace, Path.of(arguments.model()));
        PrintWriter err = spec.commandLine().getErr();
        try {
            Model loaded = new ModelSource().open(arguments.model(), ProgressListener.NONE);
            ProfilingRequest request = ProfilingRequest.builder(loaded).sizes(arguments.sizes()).settings(settings)
                    .engine(runtime).device(target).build();
            ProfilingResult result = Profiling.run(request, CeilingsCommand.announcing(err), ProgressListener.NONE);
            advice.check(new AdviceInput(loaded, result.analysis(), result.profile(),
                    result.ceilings().forThreads(settings.threads())));
            if (json != null) {
                JsonFiles.write(advice.addedTo(ProfileJson.toJson(result.profile(), result.ceilings(), result.points(),
                        result.analysis())), json);
            }
            if (trace != null) {
                ChromeTrace.write(result.profile(), trace);
            }
            PrintWriter out = spec.commandLine().getOut();
            ProfileText.write(result.profile(), result.points(), top, out);
            advice.print(out);
            out.flush();
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        } catch (TensorscopeException e) {
            throw e.code() == ErrorCode.DEVICE_UNAVAILABLE && target.kind() != Device.Kind.CPU
                    ? new TensorscopeException(e.code(), e.getMessage() + " (--device cpu)", e) : e;
        }
        return 0;
    }

    /** @return the device {@code --device} names: the CPU, or the first CUDA GPU */
    private Device device() throws TensorscopeException {
        if ("cpu".equals(device)) {
            return DeviceDiscovery.cpu();
        }
        if (!"gpu".equals(device)) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--device must be cpu or gpu, not " + device);
        }
        return DeviceDiscovery.gpus().stream().findFirst().orElseThrow(() -> new TensorscopeException(
                ErrorCode.DEVICE_UNAVAILABLE, "--device gpu: this machine has no usable CUDA device; use --device cpu"));
    }
}
