package io.tensorscope.profiler.timing;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Timing in turn on scripted runs: the order of the runs and which ones each ratio pairs. */
class InTurnTimingTest {

    @Test
    void runsAlternateBaselineFirstWarmUpIncluded() throws TensorscopeException {
        List<String> order = new ArrayList<>();
        InTurnTiming.measure(() -> {
            order.add("A");
            return 2;
        }, () -> {
            order.add("B");
            return 1;
        }, 2, 3, ProgressListener.NONE);
        assertEquals(List.of("A", "B", "A", "B", "A", "B", "A", "B", "A", "B"), order);
    }

    @Test
    void theSpeedUpIsThePerPairRatioNotARatioOfMedians() throws TensorscopeException {
        // Load comes and goes: the baseline and the variant slow down together, pair by pair.
        double[] baseline = {2, 4, 8, 2, 4};
        double[] variant = {1, 2, 4, 1, 2};
        int[] next = {0, 0};
        PairedLatency paired = InTurnTiming.measure(() -> baseline[next[0]++], () -> variant[next[1]++], 0, 5,
                ProgressListener.NONE);
        assertEquals(2.0, paired.speedUp().median(), 1e-12);
        assertEquals(2.0, paired.speedUp().p10(), 1e-12, "every pair is exactly twice as fast: no spread");
        assertEquals(2.0, paired.speedUp().p90(), 1e-12);
        assertEquals(4.0, paired.baselineMillis().median(), 1e-12);
        assertEquals(2.0, paired.variantMillis().median(), 1e-12);
        assertEquals(5, paired.pairs());
    }

    @Test
    void warmUpRunsAreNotPaired() throws TensorscopeException {
        double[] baseline = {100, 3, 3};
        double[] variant = {1, 1, 1};
        int[] next = {0, 0};
        PairedLatency paired = InTurnTiming.measure(() -> baseline[next[0]++], () -> variant[next[1]++], 1, 2,
                ProgressListener.NONE);
        assertEquals(3.0, paired.speedUp().p90(), 1e-12, "the slow first baseline run was a warm-up");
        assertEquals(2, paired.pairs());
    }

    @Test
    void ratiosKeepTheirSpread() {
        PairedLatency paired = PairedLatency.of(new double[]{1, 2, 3, 4, 5}, new double[]{1, 1, 1, 1, 1});
        assertEquals(3.0, paired.speedUp().median(), 1e-12);
        assertEquals(1.4, paired.speedUp().p10(), 1e-12);
        assertEquals(4.6, paired.speedUp().p90(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> PairedLatency.of(new double[]{1}, new double[]{1, 2}));
    }
}
