package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.profiler.auto.AutoCandidate;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.timing.PairedLatency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Compress tab's numbers on the inline executor, the bundled MNIST CNN quantized (dynamic int8) and scored on 200
 * digits: the speed-up shown is the one measured in turn with the original; experiments scored on other samples and
 * those with low fidelity stay off the Pareto front, with their reasons, and a low-fidelity one is never the best.
 */
class HonestNumbersViewModelTest {

    private static final ModelSource SOURCE = new ModelSource();
    private static final int SAMPLES = 200;

    private static CompressViewModel compress;

    @BeforeAll
    static void quantizeMnistCnnDynamically() {
        WorkbenchViewModel workbench = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor(), FixedCeilings.source());
        workbench.openBundled(SOURCE.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst()
                .orElseThrow());
        assertNull(workbench.errorProperty().get());
        compress = workbench.compress();
        compress.evaluationSamplesProperty().set(SAMPLES);
        compress.run();
        assertNull(compress.failureProperty().get(), () -> "run failed: " + compress.failureProperty().get());
        assertEquals(List.of("original", "dynamic int8"), compress.experiments().stream().map(CompressExperiment::name).toList());
    }

    private static CompressExperiment named(String name) {
        return compress.experiments().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** @return the dynamic int8 row under another name, scored {@code score} on {@code samples} with {@code details} */
    private static CompressExperiment scoredAs(String name, int samples, double score, Map<String, Double> details) {
        CompressExperiment base = named("dynamic int8");
        ExperimentSummary s = base.summary();
        return new CompressExperiment(new ExperimentSummary(name, s.settings(), s.sizeBytes(), s.latencyMillis(),
                s.dataset(), samples, s.metric(), score, details), base.model(), ExperimentPlan.standard(s.dataset(), samples),
                base.record(), null, base.inTurn());
    }

    @Test
    void theSpeedUpShownIsTheRatioMeasuredInTurnWithTheOriginal() {
        CompressExperiment original = named("original");
        CompressExperiment variant = named("dynamic int8");
        assertNull(original.inTurn(), "the original is not a speed-up of itself");
        assertFalse(CompressText.latencyCell(original).contains("×"), CompressText.latencyCell(original));
        PairedLatency inTurn = variant.inTurn();
        assertNotNull(inTurn, "every variant is timed in turn with the original");
        assertEquals(ExperimentPlan.LATENCY.runs(), inTurn.pairs(), "one pair per timed run");
        assertNotEquals(original.summary().latencyMillis(), inTurn.baselineMillis(),
                "the original is timed again beside the variant, not taken from its own row");
        String cell = CompressText.latencyCell(variant);
        double ratio = inTurn.speedUp().median();
        String shown = ratio >= 1 ? String.format(Locale.ROOT, "%.2f× faster", ratio)
                : String.format(Locale.ROOT, "%.2f× slower", 1 / ratio);
        assertTrue(cell.contains(shown), cell + " shows the paired ratio " + shown);
        if (inTurn.speedUp().p10() != inTurn.speedUp().p90()) {
            assertTrue(cell.matches(".+ \\(\\d+\\.\\d\\d–\\d+\\.\\d\\d×\\)"), "the spread of the ratio: " + cell);
        }
        String basis = CompressText.speedUpBasis(variant);
        assertTrue(basis.contains("timed in turn with the original, 20 pairs"), basis);
        assertTrue(basis.contains("original " + CompressText.latency(inTurn.baselineMillis())), basis);
    }

    @Test
    void experimentsScoredOnOtherSamplesStayOffTheFrontWithTheirReason() {
        CompressExperiment fewer = compress.add(scoredAs("on 100 digits", 100, 1.0, Map.of()));
        CompressExperiment same = compress.add(scoredAs("on the same digits", SAMPLES, 1.0, Map.of()));
        try {
            assertFalse(compress.paretoFront().contains(fewer), "a perfect score on other digits is not compared");
            String reason = compress.otherSamplesReason(fewer);
            assertNotNull(reason);
            assertTrue(reason.contains("scored on 100 samples of mnist, the original on 200"), reason);
            assertNull(compress.otherSamplesReason(same));
            assertTrue(compress.paretoFront().contains(same), "the same score on the original's digits is on the front");
        } finally {
            compress.experiments().removeAll(fewer, same);
        }
    }

    @Test
    void aLowFidelityExperimentIsFlaggedKeptOffTheFrontAndNeverBest() {
        assertEquals(CompressViewModel.DEFAULT_FIDELITY_THRESHOLD, compress.fidelityThresholdProperty().get());
        CompressExperiment drifted = compress.add(scoredAs("drifted", SAMPLES, 1.0,
                Map.of(ExperimentSummary.MEAN_COSINE, 0.95, ExperimentSummary.WORST_COSINE, 0.80)));
        CompressExperiment faithful = named("dynamic int8");
        try {
            String warning = compress.fidelityWarning(drifted);
            assertNotNull(warning);
            assertTrue(warning.contains("0.9500") && warning.contains("worst 0.8000") && warning.contains("0.98"), warning);
            assertNull(compress.fidelityWarning(faithful), "no fidelity figure: nothing to flag");
            assertFalse(compress.paretoFront().contains(drifted), "a perfect score with drifted embeddings");

            AutoVerdicts verdicts = AutoVerdicts.started(0.5)
                    .with(drifted, candidate(1, 5.0), compress::trusted)
                    .with(faithful, candidate(2, 1.2), compress::trusted);
            assertSame(faithful, verdicts.best(), "the much faster candidate is flagged, so it is not the best");
            assertFalse(verdicts.isBest(drifted));

            compress.fidelityThresholdProperty().set(0.9);
            assertNull(compress.fidelityWarning(drifted));
            assertTrue(compress.paretoFront().contains(drifted), "above a lower threshold it is weighed again");
            assertSame(drifted, verdicts.rejudged(compress::trusted).best());
        } finally {
            compress.fidelityThresholdProperty().set(CompressViewModel.DEFAULT_FIDELITY_THRESHOLD);
            compress.experiments().remove(drifted);
        }
    }

    private static AutoCandidate candidate(int number, double speedUp) {
        return new AutoCandidate(number, Map.of(), List.of(), null, null, 0.99, 0, 1, speedUp, true, null, null);
    }
}
