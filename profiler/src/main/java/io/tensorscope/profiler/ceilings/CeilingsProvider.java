package io.tensorscope.profiler.ceilings;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;

/**
 * Where a profile gets the machine's roofs: a {@link CeilingsService} (cached, else measured once), or fixed roofs
 * in tests. A blocking call.
 */
@FunctionalInterface
public interface CeilingsProvider {

    /**
     * @param threads  thread count of the profile the roofs are for, ≥ 1
     * @param progress progress and cancellation
     * @return the roofs for one thread and for {@code threads} threads
     * @throws TensorscopeException {@code CANCELLED}, or why the roofs could not be measured
     */
    MachineCeilings ceilings(int threads, ProgressListener progress) throws TensorscopeException;
}
