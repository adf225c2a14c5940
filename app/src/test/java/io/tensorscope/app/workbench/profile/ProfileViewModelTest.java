package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.layers.LayerRow;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.profiler.ceilings.CompetingWork;
import io.tensorscope.profiler.ceilings.MeasurementBudget;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.ProfileSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Profile tab's view-model on the inline executor: the bundled MNIST CNN profiled for real, QUICK roofs. */
class ProfileViewModelTest {

    private static final ModelSource SOURCE = new ModelSource();

    @TempDir
    static Path ceilingsCache;

    private static WorkbenchViewModel workbench;
    private static ProfileViewModel profile;

    @BeforeAll
    static void profileMnistCnnAtNone() {
        workbench = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor(),
                CeilingsSource.cached(ceilingsCache, MeasurementBudget.QUICK, CompetingWork.NONE));
        workbench.openBundled(mnistCnn());
        assertNull(workbench.errorProperty().get());
        profile = workbench.profile();
        profile.threadsProperty().set(1);
        profile.warmupRunsProperty().set(2);
        profile.runsProperty().set(5);
        profile.optimizationProperty().set(OptimizationLevel.NONE);
        assertTrue(profile.canRunBinding().get());
        profile.run();
        assertNull(profile.failureProperty().get(), () -> "profile failed: " + profile.failureProperty().get());
    }

    static BundledAsset mnistCnn() {
        return SOURCE.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst().orElseThrow();
    }

    @Test
    void runsDefaultToTheCommandLinesCounts() {
        ProfileViewModel fresh = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor(), (threads, p) -> null).profile();
        assertEquals(ProfileSettings.DEFAULT_WARMUP_RUNS, fresh.warmupRunsProperty().get());
        assertEquals(ProfileSettings.DEFAULT_RUNS, fresh.runsProperty().get());
        assertEquals(OptimizationLevel.ALL, fresh.optimizationProperty().get());
    }

    @Test
    void atOptimisationNoneEveryNodeIsOneKernel() {
        ProfileRun run = profile.activeProperty().get();
        assertNotNull(run);
        assertEquals("1 thread, NONE", run.label());
        ModelProfile measured = run.profile();
        int nodes = workbench.currentProperty().get().model().nodeCount();
        assertEquals(nodes, measured.kernels().size(), "one kernel per node at NONE");
        assertTrue(measured.kernels().stream().allMatch(k -> k.nodes().size() == 1));
        assertTrue(measured.latencyMillis().median() > 0);
        assertFalse(profile.runningProperty().get());
        assertTrue(ProfileText.latencyLine(measured).matches(
                "latency median [0-9.]+ ms \\(p10 [0-9.]+, p90 [0-9.]+\\), profiler overhead -?[0-9.]+ %"),
                ProfileText.latencyLine(measured));
    }

    @Test
    void kernelsArePlacedUnderMeasuredRoofs() {
        ProfileRun run = profile.activeProperty().get();
        List<RooflinePoint> plotted = run.plottedPoints();
        assertFalse(plotted.isEmpty());
        assertTrue(plotted.stream().allMatch(p -> p.attainableGflops() > 0), "every point has a roof");
        assertEquals(run.profile().kernels().size(), plotted.size() + run.unplottedKernelCount());
        assertTrue(run.roofs().peakGflops().containsKey(io.tensorscope.profiler.ceilings.Precision.FP32));
        assertFalse(run.roofs().bandwidthGbps().isEmpty());
    }

    @Test
    void timingsFillTheLayerTableAndTheGraphHeat() {
        List<LayerRow> rows = workbench.layers().rows();
        assertTrue(rows.stream().allMatch(r -> r.medianMicros() != null && r.sharePercent() != null));
        assertEquals(100, rows.stream().mapToDouble(LayerRow::sharePercent).sum(), 0.5);
        double[] shares = workbench.graph().timeSharesProperty().get();
        assertNotNull(shares);
        assertEquals(rows.size(), shares.length);
    }

    @Test
    void selectingAKernelSelectsItsNodeAndSelectingANodeHighlightsItsKernel() {
        ProfileRun run = profile.activeProperty().get();
        KernelTiming slowest = run.profile().kernels().stream()
                .max(java.util.Comparator.comparingDouble(k -> k.micros().median())).orElseThrow();
        profile.selectKernel(slowest.kernel());
        assertEquals(slowest.nodes().get(0), workbench.layers().selectedIndexProperty().get());
        assertEquals(slowest.nodes().get(0), workbench.graph().selectedIndexProperty().get());

        KernelTiming first = run.profile().kernels().get(0);
        workbench.layers().selectedIndexProperty().set(first.nodes().get(0));
        assertEquals(first.kernel(), profile.selectedKernelProperty().get());
    }

    @Test
    void theNodePanelNamesTheKernelThatRanTheSelectedNode() {
        ProfileRun run = profile.activeProperty().get();
        KernelTiming kernel = run.profile().kernels().stream().filter(k -> k.opType().equals("Conv")).findFirst()
                .orElseThrow();
        profile.selectKernel(kernel.kernel());
        int node = workbench.layers().selectedIndexProperty().get();
        var cover = workbench.nodeDetails().shownProperty().get().kernel().orElseThrow();
        assertEquals(kernel.kernel(), cover.kernel());
        assertEquals(kernel.nodes(), cover.nodes().stream().map(io.tensorscope.app.workbench.summary.NodeLink::index)
                .toList());
        assertEquals(List.of(node), kernel.nodes(), "at NONE a kernel covers its one node");
        assertTrue(workbench.nodeDetails().shownProperty().get().cost().stream()
                .anyMatch(f -> f.label().equals("Median time") && f.value().endsWith("% of kernel time)")));
    }

    @Test
    void aFusedKernelSelectsTheCoveredNodeWithTheMostFlopsAndTheNodePanelListsEveryNodeItCovers() {
        ProfileRun firstRun = profile.activeProperty().get();
        try {
            profile.optimizationProperty().set(OptimizationLevel.ALL);
            profile.runsProperty().set(2);
            profile.warmupRunsProperty().set(1);
            profile.run();
            ProfileRun fused = profile.activeProperty().get();
            var nodes = workbench.currentProperty().get().analysis().nodes();
            KernelTiming kernel = fused.profile().kernels().stream().filter(k -> k.nodes().size() > 1)
                    .filter(k -> k.nodes().stream().anyMatch(i -> nodes.get(i).opType().equals("Conv"))).findFirst()
                    .orElseThrow(() -> new AssertionError("ONNX Runtime fuses a Conv with what follows at ALL"));
            RooflinePoint point = fused.points().stream().filter(p -> p.kernel().equals(kernel.kernel())).findFirst()
                    .orElseThrow();
            profile.selectPoint(fused, point);
            int selected = workbench.layers().selectedIndexProperty().get();
            assertEquals("Conv", nodes.get(selected).opType(), "the Conv carries the fused kernel's FLOPs");
            assertTrue(kernel.nodes().stream().allMatch(i -> nodes.get(i).flops() <= nodes.get(selected).flops()));
            var cover = workbench.nodeDetails().shownProperty().get().kernel().orElseThrow();
            assertEquals(kernel.nodes(), cover.nodes().stream()
                    .map(io.tensorscope.app.workbench.summary.NodeLink::index).toList(), "every covered node listed");
        } finally {
            profile.profiles().remove(profile.activeProperty().get());
            profile.activeProperty().set(firstRun);
            profile.optimizationProperty().set(OptimizationLevel.NONE);
            profile.runsProperty().set(5);
            profile.warmupRunsProperty().set(2);
        }
    }

    @Test
    void badInputSizesShowAOneLineMessageAndDisableRun() {
        try {
            profile.inputSizesProperty().set("input_ids=1xabc");
            String error = profile.inputSizesErrorProperty().get();
            assertNotNull(error);
            assertFalse(error.contains("\n"), error);
            assertTrue(error.contains("expected NAME=D1xD2"), error);
            assertFalse(profile.canRunBinding().get());
        } finally {
            profile.inputSizesProperty().set("");
        }
        assertNull(profile.inputSizesErrorProperty().get());
        assertTrue(profile.canRunBinding().get());
    }

    @Test
    void aCancelledOrFailedRunKeepsNoProfileAndSaysWhyInOneLine() {
        WorkbenchViewModel cancelling = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor(), (threads, p) -> {
            throw new TensorscopeException(ErrorCode.CANCELLED, "cancelled by the user");
        });
        cancelling.openBundled(mnistCnn());
        cancelling.profile().run();
        assertTrue(cancelling.profile().profiles().isEmpty());
        assertFalse(cancelling.profile().runningProperty().get());
        assertNull(cancelling.profile().failureProperty().get());
        assertEquals("Profile cancelled", cancelling.profile().progressMessageProperty().get());

        WorkbenchViewModel failing = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor(), (threads, p) -> {
            throw new TensorscopeException(ErrorCode.INTERNAL, "no compute roof could be measured\nsecond line");
        });
        failing.openBundled(mnistCnn());
        failing.profile().run();
        assertTrue(failing.profile().profiles().isEmpty());
        assertEquals("no compute roof could be measured", failing.profile().failureProperty().get());
        assertTrue(failing.profile().canRunBinding().get(), "a failed run can be retried");
    }

    @Test
    void aSecondRunIsKeptForOverlayUnderItsOwnLabel() {
        int before = profile.profiles().size();
        ProfileRun firstRun = profile.activeProperty().get();
        try {
            profile.runsProperty().set(2);
            profile.warmupRunsProperty().set(1);
            profile.run();
            assertEquals(before + 1, profile.profiles().size());
            assertEquals("1 thread, NONE #2", profile.activeProperty().get().label());
        } finally {
            profile.profiles().remove(profile.activeProperty().get());
            profile.activeProperty().set(firstRun);
        }
    }
}
