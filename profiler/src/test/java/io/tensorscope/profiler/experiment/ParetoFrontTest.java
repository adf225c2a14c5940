package io.tensorscope.profiler.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.profiler.stats.Percentiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The accuracy-versus-cost front: maximise the score, minimise latency or size. */
class ParetoFrontTest {

    static ExperimentSummary experiment(String name, double accuracy, double latencyMillis, long sizeBytes) {
        return new ExperimentSummary(name, name.equals("original") ? ExperimentSummary.ORIGINAL : name, sizeBytes,
                new Percentiles(latencyMillis, latencyMillis * 0.9, latencyMillis * 1.2, 20), "mnist", 1000,
                "top-1 accuracy", accuracy, Map.of());
    }

    private static final ExperimentSummary ORIGINAL = experiment("original", 0.9907, 1.00, 4_000_000);
    private static final ExperimentSummary STATIC = experiment("static int8", 0.9900, 0.60, 1_000_000);
    private static final ExperimentSummary DYNAMIC = experiment("dynamic int8", 0.9890, 0.80, 1_050_000);
    private static final ExperimentSummary FP16 = experiment("fp16", 0.9907, 1.40, 2_000_000);
    private static final List<ExperimentSummary> ALL = List.of(ORIGINAL, STATIC, DYNAMIC, FP16);

    @Test
    void byLatencyTheSlowerAndNoMoreAccurateAreDominated() {
        assertEquals(List.of(STATIC, ORIGINAL), ParetoFront.of(ALL, ExperimentCost.LATENCY_MILLIS));
    }

    @Test
    void bySizeTheFrontChangesAndIsCheapestFirst() {
        // fp16 is as accurate as the original and half its size; dynamic is bigger and worse than static.
        assertEquals(List.of(STATIC, FP16), ParetoFront.of(ALL, ExperimentCost.SIZE_BYTES));
    }

    @Test
    void equalExperimentsAreBothKeptAndAStrictImprovementIsNeeded() {
        ExperimentSummary twin = experiment("static int8 #2", 0.9900, 0.60, 1_000_000);
        List<ExperimentSummary> front = ParetoFront.of(List.of(STATIC, twin), ExperimentCost.LATENCY_MILLIS);
        assertEquals(2, front.size());
        assertFalse(ParetoFront.dominates(STATIC, twin, ExperimentCost.LATENCY_MILLIS));
        assertTrue(ParetoFront.dominates(STATIC, DYNAMIC, ExperimentCost.LATENCY_MILLIS));
    }

    @Test
    void unscoredExperimentsAreNeverOnTheFrontAndDominateNothing() {
        ExperimentSummary unscored = experiment("broken", Double.NaN, 0.1, 10);
        assertEquals(List.of(STATIC, ORIGINAL), ParetoFront.of(List.of(ORIGINAL, STATIC, unscored),
                ExperimentCost.LATENCY_MILLIS));
        assertEquals(List.of(), ParetoFront.of(List.of(), ExperimentCost.SIZE_BYTES));
    }

    @Test
    void summariesCompareWithTheOriginal() {
        assertEquals(0.25, STATIC.sizeFractionOf(ORIGINAL), 1e-12);
        assertEquals(1 / 0.6, STATIC.speedUpOver(ORIGINAL), 1e-12);
        assertEquals(-0.07, STATIC.metricDeltaPoints(ORIGINAL), 1e-9);
        assertTrue(ORIGINAL.isOriginal());
        assertFalse(STATIC.isOriginal());
        assertTrue(STATIC.fidelity().isEmpty());
        ExperimentSummary otherData = new ExperimentSummary("x", "x", 1, STATIC.latencyMillis(), "mnist", 500,
                STATIC.metric(), 0.99, Map.of(ExperimentSummary.MEAN_COSINE, 0.998));
        assertTrue(Double.isNaN(otherData.metricDeltaPoints(ORIGINAL)), "other samples: no delta");
        assertEquals(0.998, otherData.fidelity().getAsDouble(), 0);
    }
}
