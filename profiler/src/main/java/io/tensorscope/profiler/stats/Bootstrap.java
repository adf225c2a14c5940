package io.tensorscope.profiler.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile-bootstrap confidence intervals of accuracies from per-sample outcomes (right or wrong). Resampling is
 * seeded, so the same outcomes give the same interval every time (reports are reproducible and golden-testable).
 */
public final class Bootstrap {

    /** Resamples drawn per interval. */
    public static final int ROUNDS = 2000;
    /** The seed of every interval's resampling. */
    public static final long SEED = 0x5EED_2026L;

    private Bootstrap() {
    }

    /**
     * An interval, in the unit of what was resampled.
     *
     * @param low  lower end (2.5th percentile for 95 %)
     * @param high upper end (97.5th percentile)
     */
    public record Interval(double low, double high) {

        /** @return whether {@code value} lies inside, ends included */
        public boolean contains(double value) {
            return value >= low && value <= high;
        }
    }

    /** @return the 95 % interval of the fraction of {@code true} in {@code correct} (the accuracy) */
    public static Interval accuracy95(boolean[] correct) {
        return paired95(new boolean[correct.length], correct, false);
    }

    /**
     * @param baseline  the baseline's outcome per sample
     * @param candidate the candidate's outcome on the same samples, in the same order
     * @return the 95 % interval of candidate accuracy − baseline accuracy, resampling samples (both models' outcomes of
     *         a sample together)
     * @throws IllegalArgumentException when the two are not of one length
     */
    public static Interval delta95(boolean[] baseline, boolean[] candidate) {
        return paired95(baseline, candidate, true);
    }

    private static Interval paired95(boolean[] a, boolean[] b, boolean subtract) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " outcomes against " + b.length);
        }
        int n = b.length;
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] estimates = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            int sum = 0;
            for (int i = 0; i < n; i++) {
                int s = random.nextInt(n);
                sum += (b[s] ? 1 : 0) - (subtract && a[s] ? 1 : 0);
            }
            estimates[r] = (double) sum / n;
        }
        Arrays.sort(estimates);
        return new Interval(estimates[(int) Math.floor(0.025 * (ROUNDS - 1))],
                estimates[(int) Math.ceil(0.975 * (ROUNDS - 1))]);
    }
}
