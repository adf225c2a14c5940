package io.tensorscope.profiler.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.Device;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.ceilings.CacheSizes;
import io.tensorscope.profiler.ceilings.CeilingsProvider;
import io.tensorscope.profiler.ceilings.GpuCeilings;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ProfileSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The profiling use case on the bundled MNIST CNN, timed for real on both runtimes; fixed roofs, counted. */
class ProfilingTest {

    private static final ProfileSettings QUICK = new ProfileSettings(1, 1, 3, OptimizationLevel.NONE);

    private static Model cnn;
    private final List<Integer> roofRequests = new ArrayList<>();

    @BeforeAll
    static void openTheCnn() throws Exception {
        cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
    }

    /** Roofs of a plausible machine; records the thread count of every request. */
    private final CeilingsProvider fixed = (threads, progress) -> {
        roofRequests.add(threads);
        ThreadCeilings one = new ThreadCeilings(1, Map.of(MemoryLevel.L1, 200.0, MemoryLevel.DRAM, 25.0),
                Map.of(Precision.FP32, 95.0), List.of());
        return new MachineCeilings("Test CPU", 2, "ONNX Runtime", new CacheSizes(48 << 10, 1280 << 10, 48 << 20, true),
                Instant.parse("2026-12-01T00:00:00Z"), one, one, GpuCeilings.absent("test"), List.of());
    };

    @Test
    void bothRuntimesProfileTheSameNodesFromTheAnalysisTheyAreGiven() throws Exception {
        ModelAnalysis analysis = ModelAnalyzer.analyze(cnn, InputSizes.defaults(), ProgressListener.NONE);
        ProfilingResult onnx = Profiling.run(ProfilingRequest.builder(cnn).settings(QUICK).analysis(analysis).build(),
                fixed, ProgressListener.NONE);
        ProfilingResult torch = Profiling.run(ProfilingRequest.builder(cnn).settings(QUICK).analysis(analysis)
                .engine(ProfileEngine.PYTORCH).build(), fixed, ProgressListener.NONE);

        assertSame(analysis, onnx.analysis(), "the caller's analysis is used, not made again");
        assertSame(analysis, torch.analysis());
        assertEquals(List.of(1, 1), roofRequests, "roofs for the profile's thread count, once per profile");
        assertEquals(cnn.nodeCount(), onnx.profile().kernels().size(), "one kernel per node at NONE");
        assertEquals(onnx.profile().kernels().stream().map(KernelTiming::flops).toList(),
                torch.profile().kernels().stream().map(KernelTiming::flops).toList(), "same nodes, same FLOPs");
        assertEquals(onnx.profile().kernels().size(), onnx.points().size(), "every kernel placed on the roofline");
        assertEquals(QUICK.runs(), torch.profile().kernels().get(0).micros().count());
        assertTrue(torch.profile().device().endsWith(" (PyTorch eager)"), torch.profile().device());
    }

    @Test
    void withoutAnAnalysisItAnalysesTheRequestedSizesOnce() throws Exception {
        ProfilingResult result = Profiling.run(ProfilingRequest.builder(cnn).settings(QUICK)
                .sizes(InputSizes.parse(List.of("conv2d_1_input=4x28x28x1"))).build(), fixed, ProgressListener.NONE);
        assertEquals("4x28x28x1", result.analysis().summary().inputs().get(0).shape().toString());
        long expected = ModelAnalyzer.analyze(cnn, InputSizes.parse(List.of("conv2d_1_input=4x28x28x1")),
                ProgressListener.NONE).totals().flops();
        assertEquals(expected, result.profile().kernels().stream().mapToLong(KernelTiming::flops).sum(),
                "the profile is costed for batch 4");
    }

    @Test
    void theDefaultsAreTheOnesTheCommandLineAndTheWorkbenchShare() {
        ProfilingRequest request = ProfilingRequest.builder(cnn).build();
        ProfileSettings settings = request.settings();
        assertEquals(ProfileSettings.DEFAULT_WARMUP_RUNS, settings.warmupRuns());
        assertEquals(ProfileSettings.DEFAULT_RUNS, settings.runs());
        assertEquals(Runtime.getRuntime().availableProcessors(), settings.threads());
        assertEquals(OptimizationLevel.ALL, settings.optimization());
        assertEquals(ProfileEngine.ONNX_RUNTIME, request.engine());
        assertEquals(Device.Kind.CPU, request.device().kind());
        assertEquals(42, Profiling.INPUT_SEED);
    }

    @Test
    void userMistakesFailBeforeAnyRoofIsMeasured() throws Exception {
        GraphBuilder g = GraphBuilder.create("branch").input("x", ElementType.FLOAT, 1, 4);
        g.node("Relu", "x").name("a").outputs("a");
        g.node("Relu", "x").name("b").outputs("b");
        g.node("Add", "a", "b").name("sum").outputs("y");
        Model branch = g.output("y", ElementType.FLOAT).build();
        Device gpu = new Device(Device.Kind.CUDA, "NVIDIA H200", "cuda:0");
        List<ProfilingRequest> mistakes = List.of(
                ProfilingRequest.builder(cnn).settings(QUICK).sizes(InputSizes.parse(List.of("nosuch=1x2"))).build(),
                ProfilingRequest.builder(cnn).settings(QUICK).device(gpu).build(),
                ProfilingRequest.builder(cnn).settings(QUICK).device(gpu).engine(ProfileEngine.PYTORCH).build(),
                ProfilingRequest.builder(branch).settings(QUICK).engine(ProfileEngine.PYTORCH).build(),
                ProfilingRequest.builder(cnn).settings(new ProfileSettings(1, 0, 0, OptimizationLevel.ALL)).build());
        List<ErrorCode> codes = new ArrayList<>();
        for (ProfilingRequest mistake : mistakes) {
            codes.add(assertThrows(TensorscopeException.class, () -> Profiling.run(mistake, fixed, ProgressListener.NONE))
                    .code());
        }
        assertEquals(List.of(ErrorCode.BAD_INPUT_SHAPE, ErrorCode.DEVICE_UNAVAILABLE, ErrorCode.DEVICE_UNAVAILABLE,
                ErrorCode.UNSUPPORTED_OPERATOR, ErrorCode.BAD_ARGUMENT), codes);
        assertTrue(roofRequests.isEmpty(), "no roofs asked for: " + roofRequests);
    }
}
