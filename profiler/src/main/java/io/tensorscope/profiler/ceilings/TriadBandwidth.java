package io.tensorscope.profiler.ceilings;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Memory bandwidth measured the way STREAM's triad does: {@code a[i] = b[i] + s * c[i]} over double arrays,
 * 24 bytes counted per element (no write-allocate), best trial kept. Each thread works on its own arrays;
 * the working set is the bytes of all threads' arrays together. The kernel is run until the JIT has compiled it
 * before the first trial (an interpreted triad on an L1-sized array measured 7 GB/s where compiled it runs at
 * 150+), and trials go on past the time asked for while the best still improves, up to {@value #MAX_EXTENSION}
 * times that time.
 */
final class TriadBandwidth implements AutoCloseable {

    private static final int BYTES_PER_ELEMENT = 24;
    private static final int MIN_TRIALS = 3;
    /** Calls of the kernel on a small array before any trial: past C2's compile threshold, with margin. */
    private static final int WARMUP_CALLS = 50_000;
    /** An improvement of the best trial, relative, that keeps the measurement going past its time. */
    private static final double STILL_IMPROVING = 0.02;
    /** Most multiples of the time asked for that trials may go on while improving. */
    private static final int MAX_EXTENSION = 4;
    private static volatile boolean warmed;

    private final int threads;
    private final ExecutorService pool;

    TriadBandwidth(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "triad");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param workingSetBytes bytes of all arrays of all threads
     * @param minMillis       least time to spend measuring
     * @return the best triad bandwidth over the trials, 10^9 bytes/s
     */
    double measureGbps(long workingSetBytes, int minMillis) throws TensorscopeException {
        int elements = (int) Math.max(64, Math.min(Integer.MAX_VALUE - 8, workingSetBytes / BYTES_PER_ELEMENT / threads));
        List<double[][]> arrays = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            double[][] abc = {new double[elements], new double[elements], new double[elements]};
            Arrays.fill(abc[1], 1.0);
            Arrays.fill(abc[2], 2.0);
            arrays.add(abc);
        }
        warmUp();
        long bytesPerPass = (long) BYTES_PER_ELEMENT * elements * threads;
        int passes = 1;
        double best = 0;
        long start = System.nanoTime();
        long deadline = start + minMillis * 1_000_000L;
        long cap = start + MAX_EXTENSION * minMillis * 1_000_000L;
        boolean improving = true;
        int trials = 0;
        while (trials < MIN_TRIALS || System.nanoTime() < deadline || improving && System.nanoTime() < cap) {
            double seconds = trial(arrays, passes);
            if (seconds < 1e-3 && passes < (1 << 20)) {
                passes *= 2;
                continue;
            }
            double gbps = bytesPerPass * (double) passes / seconds / 1e9;
            improving = gbps > best * (1 + STILL_IMPROVING);
            best = Math.max(best, gbps);
            trials++;
        }
        return best;
    }

    /** Runs the kernel until the JIT has compiled it (once per JVM). */
    private static void warmUp() {
        if (warmed) {
            return;
        }
        double[][] abc = {new double[256], new double[256], new double[256]};
        for (int i = 0; i < WARMUP_CALLS; i++) {
            triad(abc[0], abc[1], abc[2], i);
        }
        warmed = true;
    }

    private double trial(List<double[][]> arrays, int passes) throws TensorscopeException {
        List<Future<?>> running = new ArrayList<>(threads);
        long start = System.nanoTime();
        for (double[][] abc : arrays) {
            running.add(pool.submit(() -> {
                for (int p = 0; p < passes; p++) {
                    triad(abc[0], abc[1], abc[2], 3.0 + p);
                }
            }));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TensorscopeException(ErrorCode.CANCELLED, "cancelled by the user");
        } catch (ExecutionException e) {
            throw new TensorscopeException(ErrorCode.INTERNAL, "bandwidth measurement failed: " + e.getCause(), e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void triad(double[] a, double[] b, double[] c, double scalar) {
        for (int i = 0; i < a.length; i++) {
            a[i] = b[i] + scalar * c[i];
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
