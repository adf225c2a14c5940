package io.tensorscope.profiler.usecase;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.profiler.ceilings.CeilingsProvider;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.roofline.Roofline;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.timing.BlockProfiler;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.ModelProfiler;
import io.tensorscope.profiler.timing.ProfileSettings;
import java.util.List;

/**
 * Profiling a model, the one way {@code tensorscope profile} and the workbench's Profile tab both do it: the analysis
 * for the chosen sizes (made once, or the caller's), seeded random inputs sized by that analysis, the profile on the
 * chosen runtime and device, then the machine's roofs and the kernels placed under them. Everything a user can get
 * wrong (sizes, operators, device) fails before the roofs are measured (about 20 s the first time).
 */
public final class Profiling {

    /** Seed of the random inputs, fixed so that profiles compare across runs, the command line and the workbench. */
    public static final long INPUT_SEED = 42;

    private static final double ANALYSIS_SHARE = 0.05;
    private static final double PROFILE_SHARE = 0.7;

    private Profiling() {
    }

    /**
     * @param request  what to profile and how
     * @param ceilings the machine's roofs
     * @param progress progress and cancellation
     * @return the analysis, roofs, profile and roofline points
     * @throws TensorscopeException {@code BAD_ARGUMENT} for invalid settings; {@code BAD_INPUT_SHAPE} if the sizes do
     *                              not fit the model; {@code UNSUPPORTED_OPERATOR}; {@code DEVICE_UNAVAILABLE} if the
     *                              runtime cannot drive the device; {@code CANCELLED}; as the ceilings provider does
     */
    public static ProfilingResult run(ProfilingRequest request, CeilingsProvider ceilings, ProgressListener progress)
            throws TensorscopeException {
        ProfileSettings settings = request.settings().validate();
        ModelAnalysis analysis = request.analysis().isPresent() ? request.analysis().get()
                : ModelAnalyzer.analyze(request.model(), request.sizes(), new ScaledProgress(progress, 0, ANALYSIS_SHARE,
                "analysing"));
        progress.checkCancelled();
        List<TensorData> inputs = RandomInputs.forInputs(analysis.summary().inputs(), INPUT_SEED);
        ModelProfile profile = profile(request, analysis, inputs, new ScaledProgress(progress, ANALYSIS_SHARE,
                PROFILE_SHARE, "profiling"));
        progress.checkCancelled();
        MachineCeilings machine = ceilings.ceilings(settings.threads(), new ScaledProgress(progress, PROFILE_SHARE, 1,
                "machine ceilings"));
        List<RooflinePoint> points = new Roofline(machine.forThreads(settings.threads()),
                machine.caches()).place(profile);
        return new ProfilingResult(analysis, machine, profile, points);
    }

    private static ModelProfile profile(ProfilingRequest request, ModelAnalysis analysis, List<TensorData> inputs,
                                        ProgressListener progress) throws TensorscopeException {
        return switch (request.engine()) {
            case ONNX_RUNTIME -> ModelProfiler.profile(request.model(), analysis, inputs, request.settings(),
                    request.device(), progress);
            case PYTORCH -> BlockProfiler.profile(request.model(), analysis, inputs, request.settings(),
                    request.device(), progress);
        };
    }
}
