package io.tensorscope.profiler.ceilings;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Measured machine ceilings with a per-machine cache: the first request measures (progress, cancel), later
 * ones read the cache until {@code refresh} is asked for. The cache key is the CPU model, the thread count
 * and the runtime version, so another machine or runtime is measured afresh.
 *
 * <p>Thread-safe and single-flight: one measurement runs at a time, and a request arriving meanwhile waits for it
 * and shares its figures when they serve it (same thread count, or one thread), else measures next. A waiter honours
 * its own cancellation; when the measurement it waits for is cancelled by its requester, it measures itself. Figures
 * measured while {@link CompetingWork} came or went, or that fail {@link CeilingsCheck} (as figures measured while
 * another process loads the cores do), are returned with a note but never cached; cached ones that fail it are
 * measured again. Across processes, a {@link MeasurementLock} keeps measurements of one machine one at a time; a
 * process that waited for another's uses the figures it cached.
 */
public final class CeilingsService implements CeilingsProvider {

    /** Note added to figures that competing work may have depressed. */
    public static final String NOT_CACHED_NOTE = "other work timed models during the measurement: figures not cached";
    /** Note on figures that fail {@link CeilingsCheck} (often another process loading the cores): not cached. */
    public static final String IMPLAUSIBLE_NOTE = "figures not cached (the machine was likely busy): ";

    private static final long WAIT_POLL_MILLIS = 100;

    /** Measures the roofs: {@link CeilingsProbe} in use, an instrumented stand-in in tests. */
    @FunctionalInterface
    interface Probe {
        MachineCeilings measure(int threads, ProgressListener progress) throws TensorscopeException;
    }

    /** The measurement in progress, and its outcome for the requests waiting on it. */
    private record Flight(int threads, CompletableFuture<MachineCeilings> outcome) {
        boolean serves(int requested) {
            return requested == threads || requested == 1;
        }
    }

    private final Path cacheDirectory;
    private final CeilingsCache cache;
    private final Probe probe;
    private final CompetingWork competing;
    private final Object lock = new Object();
    private Flight flight;

    /**
     * @param cacheDirectory folder holding one JSON file per machine key
     * @param budget         how hard to measure
     */
    public CeilingsService(Path cacheDirectory, MeasurementBudget budget) {
        this(cacheDirectory, budget, CompetingWork.NONE);
    }

    /**
     * @param cacheDirectory folder holding one JSON file per machine key
     * @param budget         how hard to measure
     * @param competing      other timing work of this process, whose coming or going keeps figures out of the cache
     */
    public CeilingsService(Path cacheDirectory, MeasurementBudget budget, CompetingWork competing) {
        this(cacheDirectory, (threads, progress) -> CeilingsProbe.measure(threads, budget, progress), competing);
    }

    CeilingsService(Path cacheDirectory, Probe probe, CompetingWork competing) {
        this.cacheDirectory = cacheDirectory;
        this.cache = new CeilingsCache(cacheDirectory);
        this.probe = probe;
        this.competing = competing;
    }

    /**
     * @param threads  the "all threads" count to measure besides one thread, ≥ 1
     * @param refresh  measure even when cached
     * @param progress progress and cancellation
     * @return the ceilings, from the cache, shared with a measurement already running, or measured now (and then
     * cached unless competing work came or went meanwhile)
     * @throws TensorscopeException {@code CANCELLED}; {@code BAD_ARGUMENT} for threads &lt; 1; others from
     *                              ONNX Runtime when a compute roof cannot be measured at all
     */
    public MachineCeilings get(int threads, boolean refresh, ProgressListener progress) throws TensorscopeException {
        if (threads < 1) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "threads must be at least 1, not " + threads);
        }
        while (true) {
            Optional<MachineCeilings> cached = refresh ? Optional.empty() : cached(threads);
            if (cached.isPresent()) {
                return cached.get();
            }
            Flight running;
            Flight mine = null;
            synchronized (lock) {
                running = flight;
                if (running == null) {
                    flight = mine = new Flight(threads, new CompletableFuture<>());
                }
            }
            if (mine != null) {
                return lead(mine, progress);
            }
            Optional<MachineCeilings> shared = await(running, progress);
            if (shared.isPresent() && running.serves(threads)) {
                return shared.get();
            }
            // cancelled by its requester, or measured for another thread count: measure next
        }
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

    private MachineCeilings lead(Flight mine, ProgressListener progress) throws TensorscopeException {
        try {
            MachineCeilings measured = measureAndCache(mine.threads(), progress);
            land();
            mine.outcome().complete(measured);
            return measured;
        } catch (TensorscopeException | RuntimeException | Error e) {
            land();
            mine.outcome().completeExceptionally(e);
            throw e;
        }
    }

    private MachineCeilings measureAndCache(int threads, ProgressListener progress) throws TensorscopeException {
        Instant asked = Instant.now();
        try (MeasurementLock held = MeasurementLock.acquire(cacheDirectory, progress)) {
            Optional<MachineCeilings> theirs = held.waited() ? cached(threads) : Optional.empty();
            if (theirs.isPresent() && theirs.get().measuredAt().isAfter(asked)) {
                return theirs.get(); // another process measured while this one waited
            }
            return measureAndCacheLocked(threads, progress);
        }
    }

    private MachineCeilings measureAndCacheLocked(int threads, ProgressListener progress) throws TensorscopeException {
        CompetingWork.Watch watch = competing.watch();
        MachineCeilings measured = probe.measure(threads, progress);
        if (watch.overlapped()) {
            return measured.withNote(NOT_CACHED_NOTE);
        }
        Optional<String> implausible = CeilingsCheck.problem(measured, Instant.now());
        if (implausible.isPresent()) {
            return measured.withNote(IMPLAUSIBLE_NOTE + implausible.get());
        }
        try {
            cache.store(measured);
        } catch (TensorscopeException e) {
            // the cache only saves time: a read-only cache folder must not lose the measurement
        }
        return measured;
    }

    private void land() {
        synchronized (lock) {
            flight = null;
        }
    }

    /** @return the figures {@code running} measured, or empty if its requester cancelled it */
    private static Optional<MachineCeilings> await(Flight running, ProgressListener progress) throws TensorscopeException {
        progress.onProgress(-1, "waiting for the measurement already running");
        while (true) {
            progress.checkCancelled();
            try {
                return Optional.of(running.outcome().get(WAIT_POLL_MILLIS, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                // still measuring: look at this request's cancellation again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TensorscopeException(ErrorCode.CANCELLED, "interrupted while waiting for the ceilings");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof TensorscopeException t) {
                    if (t.code() == ErrorCode.CANCELLED) {
                        return Optional.empty();
                    }
                    throw new TensorscopeException(t.code(), t.getMessage(), t);
                }
                throw new TensorscopeException(ErrorCode.INTERNAL, "the ceilings measurement failed: " + cause, cause);
            }
        }
    }
}
