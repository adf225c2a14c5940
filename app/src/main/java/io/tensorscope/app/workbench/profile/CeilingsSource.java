package io.tensorscope.app.workbench.profile;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.ceilings.MachineCeilings;

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
}
