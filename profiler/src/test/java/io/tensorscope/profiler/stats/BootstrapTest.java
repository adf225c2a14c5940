package io.tensorscope.profiler.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static boolean[] outcomes(int n, int right) {
        boolean[] correct = new boolean[n];
        for (int i = 0; i < right; i++) {
            correct[i * n / right] = true;
        }
        return correct;
    }

    @Test
    void accuracyIntervalMatchesTheNormalApproximation() {
        Bootstrap.Interval ci = Bootstrap.accuracy95(outcomes(10_000, 9_900));
        double halfWidth = 1.96 * Math.sqrt(0.99 * 0.01 / 10_000);
        assertEquals(0.99 - halfWidth, ci.low(), 0.15 * halfWidth);
        assertEquals(0.99 + halfWidth, ci.high(), 0.15 * halfWidth);
    }

    @Test
    void pairedDeltaOfIdenticalOutcomesIsZero() {
        boolean[] a = outcomes(500, 450);
        Bootstrap.Interval ci = Bootstrap.delta95(a, a.clone());
        assertEquals(0, ci.low());
        assertEquals(0, ci.high());
    }

    @Test
    void pairedDeltaIsNarrowerThanTheAccuraciesApart() {
        boolean[] base = outcomes(2_000, 1_800);
        boolean[] candidate = base.clone();
        for (int i = 0; i < 2_000 && countTrue(candidate) > 1_780; i++) {
            candidate[i] = candidate[i] && i % 7 != 0;
        }
        Bootstrap.Interval delta = Bootstrap.delta95(base, candidate);
        assertTrue(delta.contains(-0.01) && delta.high() < 0, "20 samples lost of 2,000, none gained: " + delta);
        Bootstrap.Interval alone = Bootstrap.accuracy95(candidate);
        assertTrue(delta.high() - delta.low() < (alone.high() - alone.low()) / 2, delta + " vs " + alone);
        assertEquals(delta, Bootstrap.delta95(base, candidate), "seeded: the same outcomes give the same interval");
    }

    @Test
    void outcomesOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.delta95(new boolean[3], new boolean[4]));
    }

    private static int countTrue(boolean[] values) {
        int n = 0;
        for (boolean v : values) {
            n += v ? 1 : 0;
        }
        return n;
    }
}
