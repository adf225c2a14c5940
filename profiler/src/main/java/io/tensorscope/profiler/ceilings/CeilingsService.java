package io.tensorscope.profiler.ceilings;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Measured machine ceilings with a per-machine cache: the first request measures (progress, cancel), later
 * ones read the cache until {@code refresh} is asked for. The cache key is the CPU model, the thread count
 * and the runtime version, so another machine or runtime is measured afresh.
 */
public final class CeilingsService implements CeilingsProvider {

    private final CeilingsCache cache;
    private final MeasurementBudget budget;

    /**
     * @param cacheDirectory folder holding one JSON file per machine key
     * @param budget         how hard to measure
     */
    public CeilingsService(Path cacheDirectory, MeasurementBudget budget) {
        this.cache = new CeilingsCache(cacheDirectory);
        this.budget = budget;
    }

    /**
     * @param threads  the "all threads" count to measure besides one thread, ≥ 1
     * @param refresh  measure even when cached
     * @param progress progress and cancellation
     * @return the ceilings, from the cache or measured now (and then cached)
     * @throws TensorscopeException {@code CANCELLED}; {@code BAD_ARGUMENT} for threads &lt; 1; others from
     *                              ONNX Runtime when a compute roof cannot be measured at all
     */
    public MachineCeilings get(int threads, boolean refresh, ProgressListener progress) throws TensorscopeException {
        if (!refresh) {
            Optional<MachineCeilings> cached = cached(threads);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        MachineCeilings measured = CeilingsProbe.measure(threads, budget, progress);
        try {
            cache.store(measured);
        } catch (TensorscopeException e) {
            // the cache only saves time: a read-only cache folder must not lose the measurement
        }
        return measured;
    }

    /** @return the ceilings, from the cache or measured now (and then cached): {@code get(threads, false, progress)} */
    @Override
    public MachineCeilings ceilings(int threads, ProgressListener progress) throws TensorscopeException {
        return get(threads, false, progress);
    }

    /**
     * @return the cached ceilings of this machine for {@code threads}; for one thread, those cached for all cores
     * also serve (they hold a single-thread measurement), and the newer of the two wins
     */
    public Optional<MachineCeilings> cached(int threads) {
        Optional<MachineCeilings> exact = cache.load(MachineKey.current(threads));
        if (threads != 1) {
            return exact;
        }
        Optional<MachineCeilings> allCores = cache.load(MachineKey.current(Runtime.getRuntime().availableProcessors()));
        if (exact.isEmpty() || allCores.isEmpty()) {
            return exact.isPresent() ? exact : allCores;
        }
        return exact.get().measuredAt().isAfter(allCores.get().measuredAt()) ? exact : allCores;
    }
}
