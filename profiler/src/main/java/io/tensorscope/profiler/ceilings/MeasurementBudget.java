package io.tensorscope.profiler.ceilings;

/**
 * How hard to measure: {@link #FULL} sweeps working sets up to 8× the last-level cache and multiplies 2048²
 * matrices (about 20 s on two cores); {@link #QUICK} stops the sweep at 64 MiB and uses 512² matrices (a few
 * seconds, for tests and previews: its DRAM figure is less reliable).
 *
 * @param largestWorkingSetBytes the sweep's largest working set
 * @param matrixSize             M = N = K of the compute-roof matrix products
 * @param minMillisPerPoint      minimum time spent on each sweep point
 */
public record MeasurementBudget(long largestWorkingSetBytes, int matrixSize, int minMillisPerPoint) {

    /** What {@code tensorscope ceilings} uses. */
    public static final MeasurementBudget FULL = new MeasurementBudget(0, 2048, 60);
    /** Quick, less reliable figures for tests. */
    public static final MeasurementBudget QUICK = new MeasurementBudget(64L << 20, 512, 20);

    /** @return the largest working set to sweep: this budget's, or 8× the last-level cache for {@link #FULL} */
    public long largestWorkingSet(CacheSizes caches) {
        return largestWorkingSetBytes > 0 ? largestWorkingSetBytes
                : Math.max(256L << 20, 8 * Math.max(caches.l3Bytes(), caches.l2Bytes()));
    }
}
