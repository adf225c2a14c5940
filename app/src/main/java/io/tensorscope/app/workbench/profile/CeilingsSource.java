package io.tensorscope.app.workbench.profile;

import io.tensorscope.assets.CacheDirectory;
import io.tensorscope.profiler.ceilings.CeilingsProvider;
import io.tensorscope.profiler.ceilings.CeilingsService;
import io.tensorscope.profiler.ceilings.CompetingWork;
import io.tensorscope.profiler.ceilings.MeasurementBudget;

import java.nio.file.Path;

/**
 * Where the Profile and Compress tabs get the machine's roofs: the profiler's cached ceilings service in the app,
 * fixed records in tests. Called on a background thread.
 */
@FunctionalInterface
public interface CeilingsSource extends CeilingsProvider {

    /**
     * @param cacheDirectory folder of the per-machine cache
     * @param budget         how hard to measure when nothing is cached
     * @param competing      the workbench's other timing work: roofs measured while it came or went are not cached
     * @return roofs from {@link CeilingsService}: cached, else measured once (one measurement shared by concurrent
     * requests) and cached
     */
    static CeilingsSource cached(Path cacheDirectory, MeasurementBudget budget, CompetingWork competing) {
        return new CeilingsService(cacheDirectory, budget, competing)::ceilings;
    }

    /**
     * @param competing the workbench's other timing work
     * @return the roofs {@code tensorscope ceilings} measures and caches (the user cache, full budget)
     */
    static CeilingsSource standard(CompetingWork competing) {
        return cached(CacheDirectory.root().resolve("ceilings"), MeasurementBudget.FULL, competing);
    }
}
