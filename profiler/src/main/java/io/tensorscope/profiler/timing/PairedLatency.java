package io.tensorscope.profiler.timing;

import io.tensorscope.profiler.stats.Percentiles;
import java.util.Objects;

/**
 * A baseline and a variant timed in turn ({@link InTurnTiming}): both latencies and the speed-up, each as percentiles.
 * The speed-up's percentiles are those of the per-pair ratios (each variant run over the baseline run timed just before
 * it), so a moment of load slows both sides of a pair and leaves its ratio alone.
 *
 * @param baselineMillis the baseline's end-to-end latency, ms
 * @param variantMillis  the variant's end-to-end latency, ms
 * @param speedUp        baseline over variant per pair (2 = twice as fast); its count is the number of pairs
 */
public record PairedLatency(Percentiles baselineMillis, Percentiles variantMillis, Percentiles speedUp) {

    public PairedLatency {
        Objects.requireNonNull(baselineMillis);
        Objects.requireNonNull(variantMillis);
        Objects.requireNonNull(speedUp);
    }

    /**
     * @param baselineMillis the baseline's timed runs, ms, in the order taken
     * @param variantMillis  the variant's, ms; run {@code i} was taken right after baseline run {@code i}
     * @return the two latencies and the percentiles of the ratios {@code baseline[i] / variant[i]}
     * @throws IllegalArgumentException when the two differ in length or are empty
     */
    public static PairedLatency of(double[] baselineMillis, double[] variantMillis) {
        if (baselineMillis.length != variantMillis.length) {
            throw new IllegalArgumentException("unpaired runs: " + baselineMillis.length + " and " + variantMillis.length);
        }
        double[] ratios = new double[baselineMillis.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = baselineMillis[i] / variantMillis[i];
        }
        return new PairedLatency(Percentiles.of(baselineMillis), Percentiles.of(variantMillis), Percentiles.of(ratios));
    }

    /**
     * @param baselineMedianMillis the baseline's median latency, ms, timed right after the variant's
     * @param variantMedianMillis  the variant's median latency, ms
     * @return one pair of medians (no spread), e.g. what an automatic search kept of its candidate and the original
     */
    public static PairedLatency ofMedians(double baselineMedianMillis, double variantMedianMillis) {
        return of(new double[]{baselineMedianMillis}, new double[]{variantMedianMillis});
    }

    /** @return how many pairs were timed */
    public int pairs() {
        return speedUp.count();
    }
}
