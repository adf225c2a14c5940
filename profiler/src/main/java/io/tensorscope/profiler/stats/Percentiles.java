package io.tensorscope.profiler.stats;

import java.util.Arrays;

/**
 * Order statistics of a set of measurements (e.g. durations in µs), by linear interpolation between
 * closest ranks (the definition NumPy uses by default).
 *
 * @param median 50th percentile
 * @param p10    10th percentile
 * @param p90    90th percentile
 * @param count  number of measurements
 */
public record Percentiles(double median, double p10, double p90, int count) {

    /**
     * @param values measurements, in any order; not modified
     * @return their percentiles
     * @throws IllegalArgumentException if there are no values
     */
    public static Percentiles of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(at(sorted, 0.5), at(sorted, 0.1), at(sorted, 0.9), sorted.length);
    }

    /** @return the q-quantile (0..1) of sorted values */
    static double at(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }
}
