package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.profile.ProfileViewModel;
import io.tensorscope.app.workbench.task.CancelInline;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.app.workbench.task.MeasurementGate;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.auto.AutoCandidate;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Compress tab's Auto search on the inline executor: channel pruning of the bundled MNIST CNN at one level (0.5),
 * each candidate then dynamic int8, timed and scored for real on 300 test digits, within a 1-point budget.
 */
class AutoViewModelTest {

    private static final ModelSource SOURCE = new ModelSource();
    private static final int SAMPLES = 300;

    private static WorkbenchViewModel workbench;
    private static CompressViewModel compress;
    /** The progress line the search ended with (later tests may change the shared tab's). */
    private static String finishedMessage;
    /** Whether the search was still running as each row arrived. */
    private static final List<Boolean> runningAsRowsArrived = new ArrayList<>();

    @BeforeAll
    static void searchMnistCnn() {
        workbench = open(new InlineTaskExecutor());
        compress = workbench.compress();
        compress.experiments().addListener((ListChangeListener<CompressExperiment>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(e -> runningAsRowsArrived.add(compress.runningProperty().get()));
            }
        });
        compress.auto().budgetPointsProperty().set(1.0);
        compress.auto().start();
        assertNull(compress.failureProperty().get(), () -> "search failed: " + compress.failureProperty().get());
        finishedMessage = compress.progressMessageProperty().get();
    }

    private static WorkbenchViewModel open(TaskExecutor executor) {
        WorkbenchViewModel opened = new WorkbenchViewModel(SOURCE, executor, FixedCeilings.source());
        BundledAsset cnn = SOURCE.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst().orElseThrow();
        opened.openBundled(cnn);
        assertNull(opened.errorProperty().get());
        CompressViewModel tab = opened.compress();
        tab.evaluationSamplesProperty().set(SAMPLES);
        AutoViewModel auto = tab.auto();
        assertEquals(0.5, auto.budgetPointsProperty().get(), "defaults as the issue asks");
        assertEquals(5, auto.budgetMinutesProperty().get());
        assertEquals("0.25, 0.5, 0.75", auto.levelsProperty().get());
        assertTrue(auto.thenPipelineProperty().get(), "the pipeline follows the pruning");
        auto.levelsProperty().set("0.5");
        assertEquals(List.of("dynamic-int8"), tab.steps().stream().map(s -> s.pass().id()).toList());
        return opened;
    }

    private static AutoVerdicts verdicts() {
        return compress.auto().verdictsProperty().get();
    }

    @Test
    void everyCandidateArrivesAsAnExperimentOfTheOriginalWhileTheSearchRuns() {
        List<CompressExperiment> rows = compress.experiments();
        assertTrue(rows.size() >= 3, "the original, the first candidate and at least one layer raised: " + rows);
        CompressExperiment original = rows.get(0);
        assertTrue(original.isOriginal());
        assertEquals(rows.size(), runningAsRowsArrived.size());
        assertFalse(runningAsRowsArrived.contains(false), "each row arrived while the search still ran");
        Map<CompressExperiment, AutoCandidate> candidates = verdicts().candidates();
        assertEquals(rows.subList(1, rows.size()), List.copyOf(candidates.keySet()), "one row per candidate, in order");
        int number = 1;
        for (Map.Entry<CompressExperiment, AutoCandidate> e : candidates.entrySet()) {
            CompressExperiment row = e.getKey();
            AutoCandidate candidate = e.getValue();
            assertEquals("auto #" + number++, row.name());
            assertEquals(original.record().id(), row.record().parentId(), "a candidate is the original's child");
            assertEquals(candidate.spec(), row.record().pipeline(), "replayable");
            assertSame(candidate.model(), row.model());
            ExperimentSummary s = row.summary();
            assertTrue(s.comparableWith(original.summary()), row.name());
            assertEquals(candidate.metricValue(), s.metricValue());
            assertEquals(candidate.deltaPoints(), s.metricDeltaPoints(original.summary()), 1e-9);
            assertEquals(candidate.latencyMs(), s.latencyMillis().median());
            assertTrue(s.settings().startsWith("auto search: ") && s.settings().endsWith(", then dynamic int8"),
                    s.settings());
        }
        AutoCandidate first = candidates.get(rows.get(1));
        assertTrue(first.sparsity().isEmpty(), "candidate #1 prunes nothing");
        assertEquals(List.of("dynamic-int8"), first.spec().steps().stream().map(PipelineStep::pass).toList());
        assertEquals("auto search: nothing pruned, then dynamic int8", rows.get(1).summary().settings());
        assertFalse(candidates.get(rows.get(2)).sparsity().isEmpty());
    }

    @Test
    void theOriginalIsTheSearchsOwnMeasurement() {
        CompressExperiment original = compress.experiments().get(0);
        AutoCandidate first = verdicts().candidates().values().iterator().next();
        assertNull(original.profile(), "not profiled a second time");
        assertTrue(workbench.profile().profiles().isEmpty(), "nothing overlaid on the Profile tab");
        ExperimentSummary s = original.summary();
        assertEquals("top-1 accuracy", s.metric());
        assertEquals(SAMPLES, s.samples());
        assertEquals(first.metricValue() - first.deltaPoints() / 100, s.metricValue(), 1e-12);
        assertTrue(s.metricValue() > 0.97, "fp32 CNN on the first 300 digits: " + s.metricValue());
        assertEquals(first.latencyMs() * first.speedUp(), s.latencyMillis().median(), 1e-9);
    }

    @Test
    void theBestIsTheHighestSpeedUpWithinTheBudgetAndIsSelectedAndSaved(@TempDir Path folder) throws Exception {
        AutoVerdicts verdicts = verdicts();
        assertEquals(1.0, verdicts.budgetPoints());
        CompressExperiment best = verdicts.best();
        assertNotNull(best, "dynamic int8 alone keeps the CNN within a point");
        AutoCandidate chosen = verdicts.candidates().get(best);
        assertTrue(chosen.withinBudget());
        for (Map.Entry<CompressExperiment, AutoCandidate> e : verdicts.candidates().entrySet()) {
            assertEquals(!e.getValue().withinBudget(), verdicts.isOverBudget(e.getKey()), e.getKey().name());
            assertEquals(e.getValue().deltaPoints() >= -1.0 - 1e-9, e.getValue().withinBudget(), e.getKey().name());
            if (e.getValue().withinBudget()) {
                assertTrue(chosen.speedUp() >= e.getValue().speedUp(), best.name() + " has a lower speed-up than "
                        + e.getKey().name());
            }
        }
        assertSame(best, compress.selectedProperty().get(), "the best is selected, for Save as ONNX…");
        String message = finishedMessage;
        assertTrue(message.startsWith("Auto search (done): " + verdicts.candidates().size() + " candidates; best "
                + best.name() + ": "), message);
        Path target = folder.resolve("best.onnx");
        compress.save(best, target);
        assertNull(compress.saveErrorProperty().get());
        assertEquals(best.summary().sizeBytes(), Files.size(target), "Save as ONNX… writes the candidate");
        assertFalse(compress.runningProperty().get());
        assertFalse(workbench.measurementGate().busyProperty().get());
    }

    @Test
    void cancelEndsTheSearchAndKeepsWhatItFound() {
        AtomicReference<CompressViewModel> tab = new AtomicReference<>();
        WorkbenchViewModel cancelled = open(new CancelInline("Auto", reports -> tab.get().experiments().size() >= 3));
        tab.set(cancelled.compress());
        CompressViewModel view = tab.get();
        view.steps().clear();
        view.auto().start();
        assertNull(view.failureProperty().get(), () -> "a cancel is no failure: " + view.failureProperty().get());
        assertEquals(3, view.experiments().size(), "the original and the two candidates measured before the cancel");
        AutoVerdicts kept = view.auto().verdictsProperty().get();
        assertEquals(2, kept.candidates().size());
        assertTrue(view.progressMessageProperty().get().startsWith("Auto search (cancelled): 2 candidates"),
                view.progressMessageProperty().get());
        CompressExperiment first = view.experiments().get(1);
        assertEquals("auto search: nothing pruned", first.summary().settings(), "no steps after the pruning");
        assertSame(view.experiments().get(0).model(), first.model(), "nothing pruned, nothing run: the original itself");
        assertNotNull(kept.best(), "the original itself is within any budget");
        assertSame(kept.best(), view.selectedProperty().get());
        assertFalse(view.runningProperty().get());
        assertFalse(cancelled.measurementGate().busyProperty().get());
        assertTrue(view.auto().canStartBinding().get());
    }

    @Test
    void badLevelsOrBudgetsOrAnotherTabMeasuringStartNothing() {
        AutoViewModel auto = compress.auto();
        int before = compress.experiments().size();
        auto.levelsProperty().set("0.5, 2");
        try {
            auto.start();
            String failure = compress.failureProperty().get();
            assertTrue(failure != null && failure.startsWith("levels: ") && !failure.contains("\n"), failure);
            assertEquals(before, compress.experiments().size());
        } finally {
            auto.levelsProperty().set("0.5");
        }
        auto.budgetMinutesProperty().set(0);
        assertFalse(auto.canStartBinding().get(), "a time budget must be above 0");
        auto.budgetMinutesProperty().set(5);
        auto.budgetPointsProperty().set(-0.1);
        assertFalse(auto.canStartBinding().get(), "an accuracy budget must be 0 or more");
        auto.budgetPointsProperty().set(1.0);
        assertTrue(auto.canStartBinding().get());
        MeasurementGate.Hold hold = workbench.measurementGate().acquire(ProfileViewModel.MEASURER);
        try {
            assertFalse(auto.canStartBinding().get(), "one measurement at a time");
            assertEquals(ProfileViewModel.MEASURER + " is measuring; one measurement at a time so figures do not compete "
                    + "for the cores", compress.runBlockedReasonBinding().get(), "what Auto's tooltip says");
        } finally {
            hold.release();
        }
        assertTrue(auto.canStartBinding().get());
    }

    @Test
    void aSearchStopsAtItsTimeBudgetAndARunAfterItProfilesTheOriginalItsRowsStillCompareWith() {
        WorkbenchViewModel opened = open(new InlineTaskExecutor());
        CompressViewModel view = opened.compress();
        view.auto().budgetMinutesProperty().set(0.0001);
        view.auto().start();
        assertTrue(view.progressMessageProperty().get().startsWith("Auto search (time budget): 1 candidates"),
                view.progressMessageProperty().get());
        CompressExperiment candidate = view.experiments().get(1);
        view.run();
        assertNull(view.failureProperty().get(), () -> "run failed: " + view.failureProperty().get());
        CompressExperiment original = view.experiments().get(0);
        assertNotNull(original.profile(), "Run measures the original it needs a profile of");
        assertEquals(List.of("original", "auto #1", "dynamic int8"), view.experiments().stream()
                .map(CompressExperiment::name).toList());
        assertTrue(candidate.summary().comparableWith(original.summary()), "scored as the Run scores");
        assertEquals(2, opened.profile().profiles().size(), "the original and dynamic int8 on the Profile tab");
        NodeDeltasViewModel deltas = new NodeDeltasViewModel(view);
        assertFalse(deltas.rows().isEmpty(), "dynamic int8, selected, has per-node timing");
        view.selectedProperty().set(candidate);
        assertTrue(deltas.rows().isEmpty());
        assertTrue(deltas.captionProperty().get().startsWith("auto #1 was timed end to end only"),
                deltas.captionProperty().get());
    }
}
