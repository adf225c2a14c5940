package io.tensorscope.profiler.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sensitivity of the MNIST CNN's layers, measured for real on 500 test digits. */
class SensitivityTest {

    private static final PassRegistry REGISTRY = PassRegistry.standard();
    private static Model cnn;

    @BeforeAll
    static void open() throws Exception {
        cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
    }

    @Test
    void channelPruningOfEachLayerAtTwoLevelsIsScoredAndRanked() throws Exception {
        SensitivityResult result = Sensitivity.run(cnn, "prune-channel", List.of(0.25, 0.75), null,
                ExperimentPlan.standard("mnist", 500), REGISTRY, ProgressListener.NONE);
        assertEquals(List.of("conv2d_1", "conv2d_2", "dense_1"), result.layers(), "dense_2 writes the logits: not alone");
        assertEquals(6, result.points().size());
        assertEquals(500, result.original().samples());
        for (String layer : result.layers()) {
            List<SensitivityPoint> points = result.of(layer);
            assertEquals(0.25, points.get(0).level());
            assertTrue(points.get(1).deltaPoints() <= points.get(0).deltaPoints() + 0.5,
                    layer + ": removing 75 % of the channels costs at least what 25 % does: " + points);
            assertTrue(points.stream().allMatch(p -> p.speedUp() > 0 && p.latencyMs() > 0));
        }
        List<String> ranking = result.ranking();
        assertEquals(3, ranking.size());
        for (int i = 1; i < ranking.size(); i++) {
            assertTrue(result.of(ranking.get(i - 1)).get(1).deltaPoints() <= result.of(ranking.get(i)).get(1).deltaPoints(),
                    "most sensitive first: " + ranking);
        }
    }

    @Test
    void dynamicInt8IsAppliedToOneNodeAtATimeWithoutLevels() throws Exception {
        SensitivityResult result = Sensitivity.run(cnn, "dynamic-int8", List.of(), null,
                ExperimentPlan.standard("mnist", 200), REGISTRY, ProgressListener.NONE);
        assertEquals(List.of("dense_1", "dense_2"), result.layers());
        assertTrue(result.levels().isEmpty());
        assertTrue(Double.isNaN(result.points().get(0).level()));
        assertTrue(Math.abs(result.points().get(0).deltaPoints()) < 1, "int8 of one Gemm barely moves accuracy");
    }

    @Test
    void aTextModelsRankingFallsBackToFidelityWhenItsScoreDoesNotMove() {
        var original = new io.tensorscope.profiler.experiment.ExperimentSummary("original", "original", 1,
                new io.tensorscope.profiler.stats.Percentiles(20, 20, 20, 20), "spam-assassin", 200, "5-NN accuracy",
                0.92, java.util.Map.of());
        var record = new io.tensorscope.profiler.experiment.ExperimentRecord("o", "original", java.time.Instant.now(),
                null, "m", "0", 1, null, io.tensorscope.profiler.ceilings.MachineKey.current(1), "test", null, null,
                List.of());
        SensitivityResult result = new SensitivityResult("dynamic-int8", original, record, List.of("a", "b", "c"),
                List.of(),
                List.of(new SensitivityPoint("a", Double.NaN, 0.92, 0, 19, 1.05, 0.999),
                        new SensitivityPoint("b", Double.NaN, 0.92, 0, 19, 1.05, 0.990),
                        new SensitivityPoint("c", Double.NaN, 0.91, -1, 19, 1.05, 0.999)));
        assertEquals(List.of("c", "b", "a"), result.ranking(), "score lost first, then the lowest fidelity");
    }

    @Test
    void levelsOutOfRangeAndUnknownPassesAreRefused() {
        TensorscopeException range = assertThrows(TensorscopeException.class, () -> Sensitivity.run(cnn, "prune-channel",
                List.of(1.5), null, ExperimentPlan.standard("mnist", 100), REGISTRY, ProgressListener.NONE));
        assertEquals(ErrorCode.BAD_ARGUMENT, range.code());
        assertTrue(range.getMessage().contains("sparsity"), range.getMessage());
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(TensorscopeException.class, () -> Sensitivity.run(cnn,
                "prune-channel", List.of(), null, ExperimentPlan.standard("mnist", 100), REGISTRY,
                ProgressListener.NONE)).code());
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(TensorscopeException.class, () -> Sensitivity.run(cnn,
                "prune", List.of(0.5), null, ExperimentPlan.standard("mnist", 100), REGISTRY, ProgressListener.NONE))
                .code());
    }
}
