package io.tensorscope.profiler.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tensorscope.profiler.stats.Percentiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Warnings about an experiment next to the original, shared by the CLI and the workbench. */
class ExperimentChecksTest {

    private static ExperimentSummary summary(String name, double medianMs, int samples) {
        return new ExperimentSummary(name, name, 1000, new Percentiles(medianMs, medianMs, medianMs, 20), "mnist", samples,
                "top-1 accuracy", 0.99, Map.of());
    }

    @Test
    void slowerOrOtherSamplesAreSaidAndAFasterComparableOneIsNot() {
        ExperimentSummary original = summary("original", 1.0, 1000);
        assertEquals(List.of(), ExperimentChecks.warnings(summary("fast", 0.5, 1000), original));
        assertEquals(List.of("slower than the original on this machine: 2.00× its median latency"),
                ExperimentChecks.warnings(summary("slow", 2.0, 1000), original));
        assertEquals(List.of("scored on other samples than the original, so its score is not compared"),
                ExperimentChecks.warnings(summary("other", 0.9, 500), original));
        assertEquals(List.of(), ExperimentChecks.warnings(original, original), "the original is not warned about");
    }
}
