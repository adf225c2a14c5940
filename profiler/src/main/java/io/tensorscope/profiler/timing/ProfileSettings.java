package io.tensorscope.profiler.timing;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.runtime.OptimizationLevel;

/**
 * How to profile.
 *
 * @param threads      intra-op threads, ≥ 1
 * @param warmupRuns   untimed runs first, ≥ 0
 * @param runs         timed runs, ≥ 1
 * @param optimization graph optimisation level ({@link OptimizationLevel#ALL} is what a user deploys)
 */
public record ProfileSettings(int threads, int warmupRuns, int runs, OptimizationLevel optimization) {

    /** Most timed runs accepted: more adds time, not precision. */
    public static final int MAX_RUNS = 10_000;
    /** Untimed warm-up runs by default, on the command line and in the workbench alike. */
    public static final int DEFAULT_WARMUP_RUNS = 5;
    /** Timed runs by default, on the command line and in the workbench alike. */
    public static final int DEFAULT_RUNS = 20;

    /**
     * @param threads intra-op threads, ≥ 1
     * @return {@value #DEFAULT_WARMUP_RUNS} warm-up and {@value #DEFAULT_RUNS} timed runs at
     * {@link OptimizationLevel#ALL} (what a user deploys)
     */
    public static ProfileSettings defaults(int threads) {
        return new ProfileSettings(threads, DEFAULT_WARMUP_RUNS, DEFAULT_RUNS, OptimizationLevel.ALL);
    }

    /** @throws TensorscopeException {@code BAD_ARGUMENT} if a count is out of range */
    public ProfileSettings validate() throws TensorscopeException {
        if (runs < 1 || runs > MAX_RUNS || warmupRuns < 0 || warmupRuns > MAX_RUNS) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "runs must be 1.." + MAX_RUNS
                    + " and warm-up runs 0.." + MAX_RUNS + ", not " + runs + " and " + warmupRuns);
        }
        if (threads < 1) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "threads must be at least 1, not " + threads);
        }
        return this;
    }
}
