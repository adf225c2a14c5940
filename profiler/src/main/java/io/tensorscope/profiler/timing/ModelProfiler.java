package io.tensorscope.profiler.timing;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.io.TemporaryFolder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.Device;
import io.tensorscope.engine.runtime.DeviceDiscovery;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.ModelProto;
import io.tensorscope.profiler.stats.Percentiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Profiles a model with ONNX Runtime: two sessions with the same settings, one with the runtime's profiler on
 * and one without, run alternately (warm-up runs first), so end-to-end latency and the profiler's overhead
 * come from the same moments. Kernel times come from the profiler; the graph the runtime saved after
 * optimisation maps them back to the user's nodes ({@link KernelMapping}).
 */
public final class ModelProfiler {

    private ModelProfiler() {
    }

    /**
     * Profiles on the CPU.
     *
     * @see #profile(Model, ModelAnalysis, List, ProfileSettings, Device, ProgressListener)
     */
    public static ModelProfile profile(Model model, ModelAnalysis analysis, List<TensorData> inputs,
                                       ProfileSettings settings, ProgressListener progress) throws TensorscopeException {
        return profile(model, analysis, inputs, settings, DeviceDiscovery.cpu(), progress);
    }

    /**
     * @param model    the model
     * @param analysis its cost analysis for the sizes of {@code inputs} (FLOPs per node)
     * @param inputs   one tensor per model input
     * @param settings threads, optimisation level, warm-up and timed runs
     * @param device   where to run ({@link OnnxRunner} refuses a device it cannot drive)
     * @param progress progress and cancellation
     * @return the measured profile
     * @throws TensorscopeException as {@link OnnxRunner} and {@link RunOptions.Builder#build()} do ({@code DEVICE_UNAVAILABLE}
     *                              for a CUDA device here); {@code CANCELLED}; {@code INTERNAL} if the runtime wrote no profile
     */
    public static ModelProfile profile(Model model, ModelAnalysis analysis, List<TensorData> inputs,
                                       ProfileSettings settings, Device device, ProgressListener progress)
            throws TensorscopeException {
        settings.validate();
        Model named = UniqueNodeNames.of(model);
        try (TemporaryFolder folder = TemporaryFolder.create("tensorscope-profile-")) {
            Path directory = folder.path();
            Path runGraphFile = directory.resolve("run-graph.onnx");
            RunOptions options = RunOptions.builder().device(device).threads(settings.threads())
                    .optimization(settings.optimization()).build();
            RunOptions profiled = RunOptions.builder().device(device).threads(settings.threads())
                    .optimization(settings.optimization()).profileInto(directory).saveOptimizedModel(runGraphFile).build();
            double[] plainMillis = new double[settings.runs()];
            double[] profiledMillis = new double[settings.runs()];
            try (OnnxRunner plain = OnnxRunner.open(named, options); OnnxRunner withProfiler = OnnxRunner.open(named, profiled)) {
                int total = settings.warmupRuns() + settings.runs();
                for (int r = 0; r < total; r++) {
                    progress.checkCancelled();
                    progress.onProgress((double) r / total, r < settings.warmupRuns() ? "warming up" : "run "
                            + (r - settings.warmupRuns() + 1) + " of " + settings.runs());
                    double a = InTurnTiming.timeMillis(plain, inputs);
                    double b = InTurnTiming.timeMillis(withProfiler, inputs);
                    if (r >= settings.warmupRuns()) {
                        plainMillis[r - settings.warmupRuns()] = a;
                        profiledMillis[r - settings.warmupRuns()] = b;
                    }
                }
            }
            progress.onProgress(1, "mapping kernels to nodes");
            OrtProfile ortProfile = OrtProfileReader.read(OrtProfileReader.findIn(directory), settings.warmupRuns());
            KernelMapping mapping = KernelMapping.between(named.graph(), readGraph(runGraphFile));
            List<KernelTiming> kernels = KernelTimings.of(ortProfile, mapping, analysis, settings.runs());
            return new ModelProfile(model.name(), options.device().name(), settings, Percentiles.of(plainMillis),
                    Percentiles.of(profiledMillis), kernels, NodeTimings.attribute(kernels, analysis, named), ortProfile.kernels());
        }
    }

    private static GraphProto readGraph(Path file) throws TensorscopeException {
        try (InputStream in = Files.newInputStream(file)) {
            return ModelProto.parseFrom(in).getGraph();
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.INTERNAL, "cannot read the graph ONNX Runtime ran: " + e.getMessage(), e);
        }
    }
}
