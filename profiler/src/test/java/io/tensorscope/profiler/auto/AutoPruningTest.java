package io.tensorscope.profiler.auto;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The greedy search on the MNIST CNN, measured for real on 300 test digits. */
class AutoPruningTest {

    private static Model cnn;

    @BeforeAll
    static void open() throws Exception {
        cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
    }

    @Test
    void everyAcceptedCandidateIsWithinTheBudgetAndTheBestIsTheFastestOfThem() throws Exception {
        List<AutoCandidate> seen = new ArrayList<>();
        AutoResult result = AutoPruning.run(cnn, 1.0, 600_000, List.of(0.25, 0.5), List.of(), "mnist",
                ExperimentPlan.standard("mnist", 300), PassRegistry.standard(), System::currentTimeMillis, seen::add,
                ProgressListener.NONE);
        assertEquals(result.candidates(), seen, "each candidate is reported as soon as it is measured");
        assertEquals("done", result.stopped());
        assertTrue(result.candidates().get(0).sparsity().isEmpty(), "the search starts from nothing pruned");
        AutoCandidate best = result.best();
        for (AutoCandidate c : result.candidates()) {
            assertEquals(c.withinBudget(), c.deltaPoints() >= -1.0 - 1e-9, "#" + c.number());
            if (c.withinBudget()) {
                assertTrue(c.speedUp() <= best.speedUp(), "#" + c.number() + " is faster than the best");
            }
        }
        assertTrue(result.candidates().size() >= 2, "at least one layer raised");
    }

    @Test
    void theTimeBudgetStopsTheSearchWithTheFirstCandidateKeptAndBadBudgetsAreRefused() throws Exception {
        long[] now = {0};
        AutoResult result = AutoPruning.run(cnn, 0.5, 0, List.of(0.5), List.of(), "mnist",
                ExperimentPlan.standard("mnist", 200), PassRegistry.standard(), () -> now[0]++, c -> { },
                ProgressListener.NONE);
        assertEquals("time budget", result.stopped());
        assertEquals(1, result.candidates().size());
        assertEquals(1, result.best().number(), "the unpruned model is within any budget");
        TensorscopeException negative = assertThrows(TensorscopeException.class, () -> AutoPruning.run(cnn, -1, 1000,
                List.of(0.5), List.of(), "mnist", ExperimentPlan.standard("mnist", 200), PassRegistry.standard(),
                System::currentTimeMillis, c -> { }, ProgressListener.NONE));
        assertEquals(ErrorCode.BAD_ARGUMENT, negative.code());
    }
}
