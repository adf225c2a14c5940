package io.tensorscope.profiler.ceilings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which cached figures are trusted: positive, finite, in hierarchy order, not from the future. */
class CeilingsCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");

    @Test
    void plausibleFiguresPassAndNoiseWithinTheSlackToo() {
        assertEquals(Optional.empty(), CeilingsCheck.problem(ceilings(NOW, 200, 100, 60, 20, 50), NOW));
        assertEquals(Optional.empty(), CeilingsCheck.problem(ceilings(NOW, 100, 105, 60, 20, 50), NOW),
                "L2 5 % above L1 is noise");
    }

    @Test
    void negativeZeroInfiniteOrNaNValuesAreRefused() {
        assertTrue(CeilingsCheck.problem(ceilings(NOW, -1, 100, 60, 20, 50), NOW).orElseThrow().contains("L1"));
        assertTrue(CeilingsCheck.problem(ceilings(NOW, 200, 100, 60, 20, 0), NOW).orElseThrow().contains("FP32"));
        assertTrue(CeilingsCheck.problem(ceilings(NOW, 200, 100, 60, Double.POSITIVE_INFINITY, 50), NOW).isPresent());
        assertTrue(CeilingsCheck.problem(ceilings(NOW, 200, Double.NaN, 60, 20, 50), NOW).isPresent());
    }

    @Test
    void aHierarchyOutOfOrderOrATimeStampInTheFutureIsRefused() {
        String order = CeilingsCheck.problem(ceilings(NOW, 0.81, 100, 60, 20, 50), NOW).orElseThrow();
        assertTrue(order.startsWith("L2 bandwidth 100.0 GB/s exceeds the level above it"), order);
        assertTrue(CeilingsCheck.problem(ceilings(NOW.plus(Duration.ofDays(1)), 200, 100, 60, 20, 50), NOW)
                .orElseThrow().contains("future"));
    }

    private static MachineCeilings ceilings(Instant at, double l1, double l2, double l3, double dram, double fp32) {
        ThreadCeilings one = new ThreadCeilings(1, Map.of(MemoryLevel.L1, l1, MemoryLevel.L2, l2, MemoryLevel.L3, l3,
                MemoryLevel.DRAM, dram), Map.of(Precision.FP32, fp32), List.of());
        return new MachineCeilings("cpu", 2, "onnxruntime", null, at, one, one, null, List.of());
    }
}
