package io.tensorscope.app.workbench.profile;

import io.tensorscope.assets.CacheDirectory;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.ceilings.CeilingsService;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.MeasurementBudget;

import java.nio.file.Path;

/**
 * Where the Profile view gets the machine's roofs: the profiler's cached ceilings service in the app, fixed
 * records in tests. Called on a background thread.
 */
@FunctionalInterface
public interface CeilingsSource {

    /**
     * @param threads  thread count of the profile the roofs are for, ≥ 1
     * @param progress progress and cancellation
     * @return the roofs for one thread and for {@code threads} threads (cached or measured now)
     * @throws TensorscopeException {@code CANCELLED}, or why the roofs could not be measured
     */
    MachineCeilings ceilings(int threads, ProgressListener progress) throws TensorscopeException;

    /**
     * @param cacheDirectory folder of the per-machine cache
     * @param budget         how hard to measure when nothing is cached
     * @return roofs from {@link CeilingsService}: cached, else measured once and cached
     */
    static CeilingsSource cached(Path cacheDirectory, MeasurementBudget budget) {
        CeilingsService service = new CeilingsService(cacheDirectory, budget);
        return (threads, progress) -> service.get(threads, false, progress);
    }

    /** @return the roofs {@code tensorscope ceilings} measures and caches (the user cache, full budget) */
    static CeilingsSource standard() {
        return cached(CacheDirectory.root().resolve("ceilings"), MeasurementBudget.FULL);
    }
}
