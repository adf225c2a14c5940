package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.profile.ProfileRun;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.ReportTable;
import io.tensorscope.engine.quantize.QuantizationTable;
import io.tensorscope.profiler.experiment.ExperimentCost;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.experiment.NodeDelta;
import io.tensorscope.profiler.experiment.ParetoFront;
import io.tensorscope.profiler.report.ReportCells;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Compress tab's view-model on the inline executor: the bundled MNIST CNN quantized for real, statically
 * (MINMAX, 200 calibration digits), then by a two-step pipeline (dynamic int8, then fp16), each step timed and scored
 * on 1,000 MNIST test digits.
 */
class ExperimentsViewModelTest {

    private static final ModelSource SOURCE = new ModelSource();

    private static WorkbenchViewModel workbench;
    private static CompressViewModel compress;

    @BeforeAll
    static void quantizeMnistCnnStaticallyAndDynamically() {
        workbench = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor(), FixedCeilings.source());
        BundledAsset mnist = SOURCE.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst().orElseThrow();
        workbench.openBundled(mnist);
        assertNull(workbench.errorProperty().get());
        compress = workbench.compress();
        assertEquals("mnist", compress.evaluationDatasetProperty().get(), "image model: scored on MNIST");
        compress.evaluationSamplesProperty().set(1000);
        assertEquals(List.of("dynamic-int8"), compress.steps().stream().map(s -> s.pass().id()).toList(),
                "a new pipeline starts with the first pass");
        compress.removeSelectedStep();
        compress.addStep(pass("static-int8"));
        compress.selectedStepProperty().get().set("calibration", "minmax");
        compress.selectedStepProperty().get().set("samples", 200);
        compress.run();
        assertNull(compress.failureProperty().get(), () -> "static run failed: " + compress.failureProperty().get());
        compress.removeSelectedStep();
        compress.addStep(pass("fp16"));
        compress.addStep(pass("dynamic-int8"));
        compress.moveSelectedStep(-1);
        assertEquals(List.of("dynamic-int8", "fp16"), compress.steps().stream().map(s -> s.pass().id()).toList());
        compress.run();
        assertNull(compress.failureProperty().get(), () -> "pipeline run failed: " + compress.failureProperty().get());
        compress.steps().clear();
        compress.addStep(pass("dynamic-int8"));
    }

    private static Pass pass(String id) {
        return compress.passes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static CompressExperiment named(String name) {
        return compress.experiments().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theOriginalComesFirstThenEachExperimentScoredOnTheSameDigits() {
        List<String> names = compress.experiments().stream().map(CompressExperiment::name).toList();
        assertEquals(List.of("original", "static int8 minmax", "dynamic int8", "dynamic int8 + fp16"), names,
                "one experiment per pipeline step");
        ExperimentSummary original = named("original").summary();
        assertTrue(original.isOriginal());
        assertEquals("top-1 accuracy", original.metric());
        assertEquals(1000, original.samples());
        assertTrue(original.metricValue() > 0.98, "fp32 CNN scores ~99 % on the first 1,000 digits: " + original.metricValue());
        for (CompressExperiment e : compress.experiments()) {
            ExperimentSummary s = e.summary();
            assertTrue(s.comparableWith(original), e.name());
            assertTrue(s.latencyMillis().median() > 0 && s.latencyMillis().count() == 20, "20 timed runs: " + e.name());
            assertTrue(s.latencyMillis().p10() <= s.latencyMillis().median() && s.latencyMillis().median() <= s.latencyMillis().p90());
            assertTrue(s.sizeBytes() > 0);
        }
        ExperimentSummary staticInt8 = named("static int8 minmax").summary();
        assertTrue(Math.abs(staticInt8.metricDeltaPoints(original)) < 1.0,
                "static int8 keeps accuracy within a point: " + staticInt8.metricDeltaPoints(original));
        assertTrue(staticInt8.sizeFractionOf(original) < 0.4, "int8 weights: about a quarter of the size, not "
                + staticInt8.sizeBytes() + " of " + original.sizeBytes());
        assertEquals("static int8: per-channel, calibration minmax, 200 samples, fold-batchnorm; data mnist", staticInt8.settings());
        assertEquals(named("original").record().id(), named("static int8 minmax").record().parentId());
        assertEquals(named("dynamic int8").record().id(), named("dynamic int8 + fp16").record().parentId(),
                "a step's experiment is the child of the step before");
        assertEquals(2, named("dynamic int8 + fp16").record().passReports().size());
        assertEquals("fp16", named("dynamic int8 + fp16").report().pass());
        // Dynamic int8 rewrites the two Gemms (MatMul/Gemm/Gather only); dense_1 holds almost all the weights.
        assertTrue(named("dynamic int8").summary().sizeFractionOf(original) < 0.4,
                "dense_1 in int8: " + named("dynamic int8").summary().sizeFractionOf(original));
        assertSame(named("dynamic int8 + fp16"), compress.selectedProperty().get(), "the newest experiment is selected");
        assertTrue(named("dynamic int8 + fp16").summary().sizeBytes() < named("dynamic int8").summary().sizeBytes(),
                "fp16 halves what dynamic int8 left in float");
        assertFalse(compress.runningProperty().get());
    }

    @Test
    void theParetoFrontHoldsExactlyTheUndominatedExperiments() {
        for (ExperimentCost cost : ExperimentCost.values()) {
            compress.costProperty().set(cost);
            List<ExperimentSummary> all = compress.experiments().stream().map(CompressExperiment::summary).toList();
            List<ExperimentSummary> front = compress.paretoFront().stream().map(CompressExperiment::summary).toList();
            assertEquals(ParetoFront.of(all, cost), front, cost.name());
            assertFalse(front.isEmpty());
            for (ExperimentSummary s : all) {
                boolean dominated = all.stream().anyMatch(o -> ParetoFront.dominates(o, s, cost));
                assertEquals(!dominated, front.contains(s), s.name() + " by " + cost);
            }
        }
        compress.costProperty().set(ExperimentCost.SIZE_BYTES);
        // The smallest experiment is on the size front whatever its accuracy.
        ExperimentSummary smallest = compress.experiments().stream().map(CompressExperiment::summary)
                .min(java.util.Comparator.comparingLong(ExperimentSummary::sizeBytes)).orElseThrow();
        assertTrue(compress.paretoFront().stream().anyMatch(e -> e.summary() == smallest));
        compress.costProperty().set(ExperimentCost.LATENCY_MILLIS);
    }

    @Test
    void theStaticReportListsEveryQuantizedTensorWithItsScalesAndZeroPoints() {
        PassReport report = named("static int8 minmax").report();
        assertNotNull(report);
        assertFalse(report.changed().isEmpty());
        ReportTable tensors = report.section(QuantizationTable.KEY).orElseThrow();
        int role = tensors.columnIndex(QuantizationTable.ROLE);
        List<List<Object>> weights = tensors.rows().stream().filter(r -> r.get(role).equals("weight")).toList();
        List<List<Object>> activations = tensors.rows().stream().filter(r -> r.get(role).equals("activation")).toList();
        assertFalse(weights.isEmpty());
        assertFalse(activations.isEmpty());
        int scales = tensors.columnIndex(QuantizationTable.SCALES);
        int zeroPoints = tensors.columnIndex(QuantizationTable.ZERO_POINTS);
        int channels = tensors.columnIndex(QuantizationTable.CHANNELS);
        assertTrue(weights.stream().anyMatch(w -> (Long) w.get(channels) > 1), "per-channel weights");
        for (List<Object> w : weights.stream().filter(w -> (Long) w.get(channels) > 1).toList()) {
            assertTrue(ReportCells.text(w.get(scales)).matches("[0-9.e+-]+\\.\\.[0-9.e+-]+"), ReportCells.text(w.get(scales)));
            assertEquals("0", ReportCells.text(w.get(zeroPoints)), "symmetric int8 weights");
        }
        int min = tensors.columnIndex(QuantizationTable.RANGE_MIN);
        int max = tensors.columnIndex(QuantizationTable.RANGE_MAX);
        for (List<Object> a : activations) {
            assertEquals(1L, a.get(channels));
            assertTrue((Double) ((List<?>) a.get(scales)).get(0) > 0);
            assertTrue((Double) a.get(min) <= (Double) a.get(max), "calibrated range: " + a);
        }
        PassReport dynamic = named("dynamic int8").report();
        assertNotNull(dynamic);
        assertEquals(List.of("dense_1", "dense_2"), dynamic.changed());
        assertEquals(2 + 2, dynamic.section(QuantizationTable.KEY).orElseThrow().rows().size(),
                "two activations quantized at run time and two weights");
        assertNull(named("original").report());
    }

    @Test
    void perNodeTimingComparesTheSelectedExperimentWithTheOriginalOnTheOriginalsNodes() {
        NodeDeltasViewModel deltas = new NodeDeltasViewModel(compress);
        compress.selectedProperty().set(named("original"));
        assertTrue(deltas.rows().isEmpty(), "nothing to compare the original with");
        compress.selectedProperty().set(named("static int8 minmax"));
        NodeDelta conv = deltas.rows().stream().filter(d -> d.node().equals("conv2d_2")).findFirst().orElseThrow();
        assertTrue(conv.beforeMicros() > 0 && conv.afterMicros() > 0, conv.toString());
        assertTrue(deltas.rows().stream().allMatch(d -> SOURCE_NODES.contains(d.node())), "rows are original nodes");
        assertTrue(deltas.captionProperty().get().startsWith("static int8 minmax vs original"), deltas.captionProperty().get());
        compress.selectedProperty().set(named("dynamic int8"));
    }

    private static final Set<String> SOURCE_NODES = Set.of("conv2d_1/to_nchw", "conv2d_1",
            "conv2d_1/relu", "conv2d_2", "conv2d_2/relu", "max_pooling2d_1", "flatten_1/to_nhwc", "flatten_1", "dense_1",
            "dense_1/relu", "dense_2", "dense_2/softmax");

    @Test
    void everyExperimentIsOverlaidOnTheProfileTabWithoutTouchingTheLayerTable() {
        List<ProfileRun> runs = workbench.profile().profiles();
        assertEquals(4, runs.size());
        assertFalse(runs.get(0).variant(), "the original's own profile");
        assertTrue(runs.get(1).variant() && runs.get(2).variant() && runs.get(3).variant());
        assertEquals("static int8 minmax", runs.get(1).label());
        assertSame(runs.get(0), workbench.profile().activeProperty().get());
        assertTrue(runs.get(1).plottedPoints().size() > 0, "quantized kernels on the roofline");
        workbench.profile().activeProperty().set(runs.get(1));
        assertTrue(workbench.layers().rows().stream().allMatch(r -> r.medianMicros() == null),
                "a variant's node timings are not the shown model's");
        workbench.profile().activeProperty().set(runs.get(0));
        assertTrue(workbench.layers().rows().stream().allMatch(r -> r.medianMicros() != null));
    }

    @Test
    void savesTheSelectedExperimentAsOnnxAndReportsAFailureInOneLine(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("mnist-int8.onnx");
        compress.save(named("static int8 minmax"), target);
        assertNull(compress.saveErrorProperty().get());
        assertEquals(named("static int8 minmax").summary().sizeBytes(), Files.size(target));
        compress.save(named("static int8 minmax"), folder.resolve("missing-folder/x.onnx"));
        assertNotNull(compress.saveErrorProperty().get());
        assertFalse(compress.saveErrorProperty().get().contains("\n"));
        compress.saveErrorProperty().set(null);
    }

    @Test
    void aTypedDataSetPathThatDoesNotExistFailsInOneLineAndAddsNothing(@TempDir Path folder) {
        int before = compress.experiments().size();
        compress.evaluationDatasetProperty().set(folder.resolve("no-such-data").toString());
        try {
            compress.run();
            assertTrue(compress.failureProperty().get().contains("unknown data set"), compress.failureProperty().get());
            assertFalse(compress.failureProperty().get().contains("\n"));
            assertEquals(before, compress.experiments().size());
        } finally {
            compress.evaluationDatasetProperty().set("mnist");
        }
    }

    @Test
    void aBadExclusionFailsInOneLineAndAddsNothing() {
        int before = compress.experiments().size();
        StepDraft step = compress.steps().get(0);
        step.set("exclude-nodes", "no_such_node");
        try {
            compress.run();
            assertTrue(compress.failureProperty().get().contains("no_such_node"), compress.failureProperty().get());
            assertEquals(before, compress.experiments().size());
        } finally {
            step.set("exclude-nodes", "");
        }
    }

    @Test
    void anInvalidOptionIsRefusedBeforeAnythingRunsNamingTheStep() {
        int before = compress.experiments().size();
        compress.addStep(pass("static-int8"));
        compress.selectedStepProperty().get().set("samples", 0);
        try {
            compress.run();
            assertEquals("step 2 (static-int8): option samples takes a whole number in 1..100000 samples, not '0'",
                    compress.failureProperty().get());
            assertEquals(before, compress.experiments().size());
            assertFalse(compress.runningProperty().get());
        } finally {
            compress.removeSelectedStep();
        }
    }
}
