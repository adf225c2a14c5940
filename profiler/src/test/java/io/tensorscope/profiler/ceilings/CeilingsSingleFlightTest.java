package io.tensorscope.profiler.ceilings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's concurrency on an instrumented probe that blocks until released: two requests at once share one
 * measurement, a cancelled leader hands over, a waiter can cancel, and figures measured while competing work came
 * or went stay out of the cache.
 */
class CeilingsSingleFlightTest {

    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path cache;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger measurements = new AtomicInteger();
    private final CountDownLatch measuring = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** Counts measurements, says when the first one started, and blocks each until released. */
    private final CeilingsService.Probe probe = (threads, progress) -> {
        measurements.incrementAndGet();
        measuring.countDown();
        try {
            assertTrue(release.await(WAIT_SECONDS, TimeUnit.SECONDS), "never released");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        progress.checkCancelled();
        return ceilings(threads);
    };

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void anotherProcessHoldingTheMeasurementLockIsWaitedFor() throws Exception {
        release.countDown();
        CeilingsService service = new CeilingsService(cache, probe, CompetingWork.NONE);
        CountDownLatch waiting = new CountDownLatch(1);
        try (java.nio.channels.FileChannel other = java.nio.channels.FileChannel.open(
                cache.resolve(MeasurementLock.FILE), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = other.lock()) {
            Future<MachineCeilings> request = threads.submit(() -> service.get(1, true, new ProgressListener() {
                @Override
                public void onProgress(double fraction, String message) {
                    if (message.startsWith("waiting for another process")) {
                        waiting.countDown();
                    }
                }
            }));
            assertTrue(waiting.await(WAIT_SECONDS, TimeUnit.SECONDS), "it says what it waits for");
            Thread.sleep(300);
            assertEquals(0, measurements.get(), "nothing measured while the other holds the lock");
            assertFalse(request.isDone());
            held.release();
            assertEquals(1, request.get(WAIT_SECONDS, TimeUnit.SECONDS).singleThread().threads());
        }
        assertEquals(1, measurements.get(), "measured once the lock was free");
    }

    private static MachineCeilings ceilings(int threads) {
        MachineKey key = MachineKey.current(threads);
        ThreadCeilings one = new ThreadCeilings(1, Map.of(MemoryLevel.L1, 200.0), Map.of(Precision.FP32, 95.0), List.of());
        ThreadCeilings all = new ThreadCeilings(threads, Map.of(MemoryLevel.L1, 200.0 * threads),
                Map.of(Precision.FP32, 95.0 * threads), List.of());
        return new MachineCeilings(key.cpuModel(), key.logicalCores(), key.runtime(),
                new CacheSizes(48 << 10, 1280 << 10, 48 << 20, true), Instant.now(), one, threads == 1 ? one : all,
                GpuCeilings.absent("test"), List.of());
    }

    /** A listener that counts down {@code waiting} when the service says it waits for another measurement. */
    private static ProgressListener waitingSignal(CountDownLatch waiting, AtomicBoolean cancelled) {
        return new ProgressListener() {
            @Override
            public void onProgress(double fraction, String message) {
                if (message.startsWith("waiting for the measurement")) {
                    waiting.countDown();
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    @Test
    void twoRequestsAtOnceShareOneMeasurement() throws Exception {
        CeilingsService service = new CeilingsService(cache, probe, CompetingWork.NONE);
        Future<MachineCeilings> first = threads.submit(() -> service.get(2, false, ProgressListener.NONE));
        assertTrue(measuring.await(WAIT_SECONDS, TimeUnit.SECONDS));
        CountDownLatch waiting = new CountDownLatch(1);
        Future<MachineCeilings> second = threads.submit(() -> service.get(2, false,
                waitingSignal(waiting, new AtomicBoolean())));
        assertTrue(waiting.await(WAIT_SECONDS, TimeUnit.SECONDS), "the second request waits for the first");
        release.countDown();

        assertSame(first.get(WAIT_SECONDS, TimeUnit.SECONDS), second.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(1, measurements.get(), "one measurement for both");
        assertTrue(service.cached(2).isPresent(), "and it was cached");
    }

    @Test
    void aOneThreadRequestSharesAnAllThreadsMeasurement() throws Exception {
        CeilingsService service = new CeilingsService(cache, probe, CompetingWork.NONE);
        Future<MachineCeilings> all = threads.submit(() -> service.get(2, true, ProgressListener.NONE));
        assertTrue(measuring.await(WAIT_SECONDS, TimeUnit.SECONDS));
        CountDownLatch waiting = new CountDownLatch(1);
        Future<MachineCeilings> one = threads.submit(() -> service.get(1, true, waitingSignal(waiting, new AtomicBoolean())));
        assertTrue(waiting.await(WAIT_SECONDS, TimeUnit.SECONDS));
        release.countDown();
        assertSame(all.get(WAIT_SECONDS, TimeUnit.SECONDS), one.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(1, measurements.get());
    }

    @Test
    void whenTheLeaderIsCancelledTheWaiterMeasuresItself() throws Exception {
        CeilingsService service = new CeilingsService(cache, probe, CompetingWork.NONE);
        AtomicBoolean leaderCancelled = new AtomicBoolean();
        Future<MachineCeilings> leader = threads.submit(() -> service.get(1, false,
                waitingSignal(new CountDownLatch(1), leaderCancelled)));
        assertTrue(measuring.await(WAIT_SECONDS, TimeUnit.SECONDS));
        CountDownLatch waiting = new CountDownLatch(1);
        Future<MachineCeilings> waiter = threads.submit(() -> service.get(1, false,
                waitingSignal(waiting, new AtomicBoolean())));
        assertTrue(waiting.await(WAIT_SECONDS, TimeUnit.SECONDS));
        leaderCancelled.set(true);
        release.countDown();

        assertEquals(ErrorCode.CANCELLED, codeOf(leader));
        assertEquals(1, waiter.get(WAIT_SECONDS, TimeUnit.SECONDS).singleThread().threads());
        assertEquals(2, measurements.get(), "the waiter measured after the leader gave up");
    }

    @Test
    void aWaiterThatIsCancelledStopsWaitingWhileTheMeasurementGoesOn() throws Exception {
        CeilingsService service = new CeilingsService(cache, probe, CompetingWork.NONE);
        Future<MachineCeilings> leader = threads.submit(() -> service.get(1, false, ProgressListener.NONE));
        assertTrue(measuring.await(WAIT_SECONDS, TimeUnit.SECONDS));
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean waiterCancelled = new AtomicBoolean();
        Future<MachineCeilings> waiter = threads.submit(() -> service.get(1, false, waitingSignal(waiting, waiterCancelled)));
        assertTrue(waiting.await(WAIT_SECONDS, TimeUnit.SECONDS));
        waiterCancelled.set(true);

        assertEquals(ErrorCode.CANCELLED, codeOf(waiter));
        assertFalse(leader.isDone(), "the measurement still runs");
        release.countDown();
        assertEquals(1, leader.get(WAIT_SECONDS, TimeUnit.SECONDS).singleThread().threads());
        assertEquals(1, measurements.get());
    }

    @Test
    void figuresMeasuredWhileOtherWorkCameOrWentAreReturnedButNotCached() throws Exception {
        release.countDown();
        AtomicInteger otherWorkStarts = new AtomicInteger();
        CompetingWork competing = () -> {
            int at = otherWorkStarts.get();
            return () -> otherWorkStarts.get() != at;
        };
        CeilingsService.Probe whileAProfileStarts = (threads, progress) -> {
            otherWorkStarts.incrementAndGet();
            return probe.measure(threads, progress);
        };
        CeilingsService disturbed = new CeilingsService(cache, whileAProfileStarts, competing);
        MachineCeilings measured = disturbed.get(1, false, ProgressListener.NONE);
        assertTrue(measured.notes().contains(CeilingsService.NOT_CACHED_NOTE), measured.notes().toString());
        assertTrue(disturbed.cached(1).isEmpty(), "depressed figures are not cached");

        CeilingsService quiet = new CeilingsService(cache, probe, competing);
        MachineCeilings clean = quiet.get(1, false, ProgressListener.NONE);
        assertTrue(clean.notes().isEmpty());
        assertEquals(clean, quiet.cached(1).orElseThrow(), "figures measured in quiet are cached");
    }

    private static ErrorCode codeOf(Future<?> request) throws Exception {
        try {
            request.get(WAIT_SECONDS, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return ((TensorscopeException) e.getCause()).code();
        }
    }
}
