package io.tensorscope.app.workbench.train;

import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.task.CancelInline;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.prune.channel.ChannelPrunePass;
import io.tensorscope.engine.train.EpochStats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Train tab on the inline executor: a channel-pruned copy of the bundled MNIST CNN (made on the Compress tab) is
 * distilled from its parent for 2 epochs on 500 training digits, then timed and scored on 300 test digits.
 */
class TrainViewModelTest {

    private static final ModelSource SOURCE = new ModelSource();
    private static final int SAMPLES = 500;
    private static final int EPOCHS = 2;

    private static WorkbenchViewModel workbench;
    private static CompressExperiment pruned;
    private static CompressExperiment distilled;

    @BeforeAll
    static void distilAPrunedCopy() {
        workbench = open(new InlineTaskExecutor());
        CompressViewModel compress = workbench.compress();
        compress.steps().clear();
        compress.addStep(compress.passes().stream().filter(p -> p.id().equals(ChannelPrunePass.ID)).findFirst()
                .orElseThrow());
        compress.run();
        assertNull(compress.failureProperty().get(), () -> "compression failed: " + compress.failureProperty().get());
        pruned = compress.selectedProperty().get();
        TrainViewModel train = smallRun(workbench);
        assertTrue(train.targetBinding().get().contains(pruned.name()), train.targetBinding().get());
        assertTrue(train.targetBinding().get().contains("distilled from mnist-cnn"), train.targetBinding().get());
        train.start();
        assertNull(train.failureProperty().get(), () -> "training failed: " + train.failureProperty().get());
        distilled = compress.experiments().get(compress.experiments().size() - 1);
    }

    private static WorkbenchViewModel open(TaskExecutor executor) {
        WorkbenchViewModel opened = new WorkbenchViewModel(SOURCE, executor, FixedCeilings.source());
        BundledAsset cnn = SOURCE.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst()
                .orElseThrow();
        opened.openBundled(cnn);
        assertNull(opened.errorProperty().get());
        opened.compress().evaluationSamplesProperty().set(300);
        return opened;
    }

    private static TrainViewModel smallRun(WorkbenchViewModel opened) {
        TrainViewModel train = opened.train();
        assertEquals(TrainMode.DISTIL, train.modeProperty().get(), "distil by default");
        train.settings().set("samples", SAMPLES);
        train.settings().set("epochs", EPOCHS);
        return train;
    }

    @Test
    void theCurvesGetOnePointPerEpoch() {
        List<EpochStats> epochs = workbench.train().epochs();
        assertEquals(List.of(1, 2), epochs.stream().map(EpochStats::epoch).toList());
        assertEquals(EPOCHS, workbench.train().plannedEpochsProperty().get());
        epochs.forEach(e -> {
            assertTrue(e.trainLoss() > 0 && Double.isFinite(e.trainLoss()), e::toString);
            assertTrue(e.validationAccuracy() > 0.5, () -> "the pruned CNN still knows digits: " + e);
            assertTrue(e.imagesPerSecond() > 0, e::toString);
        });
    }

    @Test
    void theDistilledModelIsMeasuredAndListedAsAChildOfThePrunedCopy() {
        CompressViewModel compress = workbench.compress();
        assertEquals(3, compress.experiments().size(), "original, pruned, distilled");
        assertEquals(pruned.record().id(), distilled.record().parentId());
        assertSame(distilled, compress.selectedProperty().get(), "the new row is selected");
        assertEquals("distil " + pruned.name(), distilled.name());
        assertEquals(300, distilled.summary().samples(), "scored like its siblings");
        assertTrue(distilled.summary().metricValue() > 0.5, () -> "accuracy " + distilled.summary().metricValue());
        assertTrue(distilled.summary().latencyMillis().median() > 0);
        assertTrue(distilled.summary().sizeBytes() > 0);
        PipelineStep step = distilled.record().pipeline().steps().get(0);
        assertEquals("distil", step.pass());
        assertEquals(String.valueOf(SAMPLES), step.options().get("samples"));
        assertEquals(String.valueOf(EPOCHS), step.options().get("epochs"));
        assertEquals("mnist", distilled.record().pipeline().dataset());
        assertTrue(distilled.summary().settings().startsWith("Distil of " + pruned.name() + " from mnist-cnn on mnist"),
                distilled.summary().settings());
        assertFalse(workbench.measurementGate().busyProperty().get(), "the gate is free again");
        assertFalse(workbench.train().runningProperty().get());
    }

    @Test
    void cancelAddsNothingAndFreesTheGate() {
        TrainViewModel[] tab = new TrainViewModel[1];
        WorkbenchViewModel cancelled = open(new CancelInline("Distil", reports -> reports >= 3));
        tab[0] = smallRun(cancelled);
        tab[0].start();
        assertTrue(cancelled.compress().experiments().isEmpty(), "nothing half-made is added");
        assertFalse(tab[0].runningProperty().get());
        assertFalse(cancelled.measurementGate().busyProperty().get());
        assertNull(tab[0].failureProperty().get());
        assertTrue(tab[0].progressMessageProperty().get().contains("cancelled"), tab[0].progressMessageProperty()::get);
    }

    @Test
    void aZeroLearningRateRefusesToStart() {
        WorkbenchViewModel opened = open(new InlineTaskExecutor());
        TrainViewModel train = opened.train();
        train.settings().set("lr", 0.0);
        train.start();
        assertTrue(train.failureProperty().get().contains("lr"), train.failureProperty()::get);
        assertFalse(train.runningProperty().get());
        assertFalse(opened.measurementGate().busyProperty().get());
        assertTrue(train.epochs().isEmpty());
        assertTrue(opened.compress().experiments().isEmpty());
    }
}
