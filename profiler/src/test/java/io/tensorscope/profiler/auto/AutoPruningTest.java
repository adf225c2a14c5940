package io.tensorscope.profiler.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineStep;
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
            assertTrue(c.keptFloat().isEmpty(), "no quantization step, nothing kept in float");
        }
        assertRejectionsSayWhy(result);
        assertTrue(result.candidates().size() >= 2, "at least one layer raised");
    }

    /**
     * A candidate within the budget is rejected only as slower than its parent, and only when its speed-up fell below
     * the parent's (then confirmed by timing both again); over the budget it says so.
     */
    private static void assertRejectionsSayWhy(AutoResult result) {
        AutoCandidate parent = null;
        for (AutoCandidate c : result.candidates()) {
            if (c.accepted()) {
                parent = c;
            } else if (c.withinBudget()) {
                assertTrue(c.speedUp() < parent.speedUp(), "#" + c.number() + " rejected though its speed-up is higher");
                assertTrue(c.rejection().startsWith("slower than its parent #" + parent.number())
                        && c.rejection().endsWith("timed again in turn)"), c.rejection());
            } else {
                assertEquals("over budget", c.rejection());
            }
        }
    }

    /** Calibrated on random inputs, static int8 loses points; nodes kept in float win them back. */
    @Test
    void aQuantizationStepOverTheBudgetKeepsItsMostSensitiveNodesInFloatUntilWithinIt() throws Exception {
        PipelineStep int8 = PipelineStep.parse("static-int8:samples=20");
        AutoResult result = AutoPruning.run(cnn, 0.0, 600_000, List.of(0.5), List.of(int8), "random",
                ExperimentPlan.standard("mnist", 300), PassRegistry.standard(), System::currentTimeMillis, c -> { },
                ProgressListener.NONE);
        AutoCandidate first = result.candidates().get(0);
        assertTrue(first.keptFloat().isEmpty() && first.sparsity().isEmpty(), "int8 alone first");
        assertFalse(first.withinBudget(), "calibrated on random inputs, int8 alone loses points: "
                + first.deltaPoints());
        List<AutoCandidate> precision = result.candidates().stream().filter(c -> c.sparsity().isEmpty()).toList();
        assertTrue(precision.size() >= 2, "nodes were kept in float: " + precision.size());
        for (int i = 1; i < precision.size(); i++) {
            List<String> kept = precision.get(i).keptFloat();
            assertEquals(i, kept.size(), "one more node in float per candidate");
            assertEquals(precision.get(i - 1).keptFloat(), kept.subList(0, i - 1),
                    "the nodes kept before stay kept");
            String excluded = precision.get(i).spec().steps().get(0).options().get("exclude-nodes");
            assertEquals(String.join(",", kept), excluded, "the step's own exclusion list carries them");
        }
        assertTrue(precision.subList(0, precision.size() - 1).stream().noneMatch(AutoCandidate::withinBudget),
                "it keeps nodes in float only while over the budget");
        assertTrue(precision.get(precision.size() - 1).withinBudget(), "it ends within the budget (at worst with every node in float, the original's score)");
        result.candidates().subList(precision.size(), result.candidates().size()).forEach(c -> assertEquals(
                precision.get(precision.size() - 1).keptFloat(), c.keptFloat(), "pruning goes on from that precision"));
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
