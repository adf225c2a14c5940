package io.tensorscope.profiler.experiment;

import io.tensorscope.profiler.stats.Percentiles;
import io.tensorscope.profiler.timing.ModelProfile;

/**
 * How fast a model ran, as stored with an experiment.
 *
 * @param threads    intra-op threads
 * @param warmupRuns runs before timing
 * @param runs       timed runs
 * @param medianMs   median end-to-end latency, ms
 * @param p10Ms      10th percentile, ms
 * @param p90Ms      90th percentile, ms
 */
public record LatencyRecord(int threads, int warmupRuns, int runs, double medianMs, double p10Ms, double p90Ms) {

    /** @return the latency of {@code profile} */
    public static LatencyRecord of(ModelProfile profile) {
        Percentiles p = profile.latencyMillis();
        return new LatencyRecord(profile.settings().threads(), profile.settings().warmupRuns(), p.count(), p.median(),
                p.p10(), p.p90());
    }

    /** @return median, p10 and p90 as {@link Percentiles} */
    public Percentiles percentiles() {
        return new Percentiles(medianMs, p10Ms, p90Ms, runs);
    }
}
