package io.tensorscope.app.workbench.sensitivity;

import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.profile.ProfileViewModel;
import io.tensorscope.app.workbench.task.CancelInline;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.app.workbench.task.MeasurementGate;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.profiler.sensitivity.SensitivityPoint;
import io.tensorscope.profiler.sensitivity.SensitivityResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Sensitivity tab's view-model on the inline executor: channel pruning of the bundled MNIST CNN, each layer alone
 * at sparsity 0.25 and 0.75, measured for real on 300 test digits.
 */
class SensitivityViewModelTest {

    private static final ModelSource SOURCE = new ModelSource();
    private static final String COMPETE = " is measuring; one measurement at a time so figures do not compete for the cores";

    private static WorkbenchViewModel workbench;
    private static SensitivityViewModel sensitivity;
    /** The Profile tab's Run and reason, seen from inside the sensitivity run. */
    private static final List<String> profileSeen = new ArrayList<>();

    @BeforeAll
    static void measureChannelPruningOfMnistCnn() {
        workbench = open(new InlineTaskExecutor());
        sensitivity = workbench.sensitivity();
        ProfileViewModel profile = workbench.profile();
        sensitivity.progressProperty().addListener((obs, old, now) -> profileSeen.add(profile.canRunBinding().get()
                + " " + profile.runBlockedReasonBinding().get()));
        assertEquals("prune-channel", sensitivity.passProperty().get().id(), "the default pass");
        assertEquals("mnist", sensitivity.datasetProperty().get(), "image model: scored on MNIST");
        assertEquals(1000, sensitivity.samplesProperty().get());
        sensitivity.levelsProperty().set("0.25,0.75");
        sensitivity.samplesProperty().set(300);
        sensitivity.run();
        assertNull(sensitivity.failureProperty().get(), () -> "run failed: " + sensitivity.failureProperty().get());
        assertTrue(sensitivity.progressMessageProperty().get().startsWith("3 layers, most sensitive first"),
                sensitivity.progressMessageProperty().get());
    }

    private static WorkbenchViewModel open(TaskExecutor executor) {
        WorkbenchViewModel opened = new WorkbenchViewModel(SOURCE, executor, FixedCeilings.source());
        BundledAsset cnn = SOURCE.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst().orElseThrow();
        opened.openBundled(cnn);
        assertNull(opened.errorProperty().get());
        return opened;
    }

    @Test
    void onlyPassesThatCanBeAppliedPerLayerAreOffered() {
        assertFalse(sensitivity.passes().isEmpty());
        for (var pass : sensitivity.passes()) {
            Set<String> options = pass.options().stream().map(PassOption::name).collect(Collectors.toSet());
            assertTrue(options.contains("layers") || options.contains("exclude-nodes"), pass.id());
        }
        assertEquals(SensitivityViewModel.DEFAULT_LEVELS, "0.25, 0.5, 0.75");
        assertTrue(sensitivity.leveledBinding().get(), "prune-channel has a sparsity");
    }

    @Test
    void everyLayerIsARowMostSensitiveFirstWithOneCellPerLevel() {
        SensitivityResult result = sensitivity.resultProperty().get();
        assertNotNull(result);
        assertEquals(List.of(0.25, 0.75), result.levels());
        assertEquals(300, result.original().samples());
        List<String> layers = sensitivity.rows().stream().map(SensitivityRow::layer).toList();
        assertEquals(Set.of("conv2d_1", "conv2d_2", "dense_1"), Set.copyOf(layers));
        assertEquals(result.ranking(), layers, "rows in ranking order");
        for (int i = 0; i < sensitivity.rows().size(); i++) {
            SensitivityRow row = sensitivity.rows().get(i);
            assertEquals(2, row.points().size(), row.layer());
            assertEquals(0.25, row.points().get(0).level());
            assertEquals(row.layer(), workbench.layers().row(row.nodeIndex()).orElseThrow().name());
            for (SensitivityPoint point : row.points()) {
                assertTrue(SensitivityText.cell(point).matches("[+−]\\d+\\.\\d\\d pt · \\d+\\.\\d×"),
                        SensitivityText.cell(point));
            }
            if (i > 0) {
                assertTrue(sensitivity.rows().get(i - 1).points().get(1).deltaPoints() <= row.points().get(1).deltaPoints(),
                        "most sensitive first: " + layers);
            }
        }
        assertFalse(sensitivity.runningProperty().get());
    }

    @Test
    void selectingARowSelectsItsNodeInTheTableAndGraphAndBack() {
        SensitivityRow row = sensitivity.rows().get(1);
        sensitivity.select(row);
        assertEquals(row.nodeIndex(), workbench.layers().selectedIndexProperty().get());
        assertEquals(row.nodeIndex(), workbench.graph().selectedIndexProperty().get(), "the graph follows the table");
        assertEquals(row.layer(), sensitivity.selectedLayerProperty().get());
        SensitivityRow other = sensitivity.rows().get(0);
        workbench.layers().selectedIndexProperty().set(other.nodeIndex());
        assertEquals(other.layer(), sensitivity.selectedLayerProperty().get(), "a node selected elsewhere selects its row");
        workbench.layers().selectedIndexProperty().set(0);
        assertNull(sensitivity.selectedLayerProperty().get(), "the input node has no row");
    }

    @Test
    void badLevelsFailInOneLineWithoutRunning() {
        SensitivityResult before = sensitivity.resultProperty().get();
        for (String bad : List.of("", "  ", "0.25, half", "1.5")) {
            sensitivity.levelsProperty().set(bad);
            sensitivity.run();
            String failure = sensitivity.failureProperty().get();
            assertNotNull(failure, "levels '" + bad + "'");
            assertTrue(failure.startsWith("levels: ") && !failure.contains("\n"), failure);
            assertFalse(sensitivity.runningProperty().get());
            assertFalse(workbench.measurementGate().busyProperty().get(), "the gate is free again");
            assertSame(before, sensitivity.resultProperty().get(), "nothing ran");
        }
        assertTrue(sensitivity.failureProperty().get().contains("sparsity"), sensitivity.failureProperty().get());
        sensitivity.levelsProperty().set("0.25,0.75");
    }

    @Test
    void whileItMeasuresTheOtherTabsWaitAndWhileTheyMeasureItWaits() {
        assertFalse(profileSeen.isEmpty());
        assertEquals(Set.of("false " + SensitivityViewModel.MEASURER + COMPETE), Set.copyOf(profileSeen));
        MeasurementGate.Hold hold = workbench.measurementGate().acquire(ProfileViewModel.MEASURER);
        try {
            assertFalse(sensitivity.canRunBinding().get());
            assertEquals(ProfileViewModel.MEASURER + COMPETE, sensitivity.runBlockedReasonBinding().get());
        } finally {
            hold.release();
        }
        assertTrue(sensitivity.canRunBinding().get());
        assertNull(sensitivity.runBlockedReasonBinding().get());
    }

    @Test
    void cancelStopsTheRunAndFreesTheGate() {
        WorkbenchViewModel cancelled = open(new CancelInline("Sensitivity", reports -> reports > 0));
        SensitivityViewModel view = cancelled.sensitivity();
        view.levelsProperty().set("0.25,0.75");
        view.samplesProperty().set(300);
        view.run();
        assertNull(view.failureProperty().get(), () -> "a cancel is no failure: " + view.failureProperty().get());
        assertEquals("Sensitivity cancelled", view.progressMessageProperty().get());
        assertNull(view.resultProperty().get());
        assertTrue(view.rows().isEmpty());
        assertFalse(view.runningProperty().get());
        assertFalse(cancelled.measurementGate().busyProperty().get());
        assertTrue(view.canRunBinding().get());
    }
}
