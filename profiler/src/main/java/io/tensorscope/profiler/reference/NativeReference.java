package io.tensorscope.profiler.reference;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.DoubleStream;

/**
 * Native ceilings of this machine: memory bandwidth by a STREAM triad and compute by an OpenBLAS SGEMM,
 * each on one thread and on {@code threads} threads.
 *
 * <p>A figure that could not be measured is {@link Double#NaN}, never 0; {@link #note()} then says why.
 *
 * @param streamTriadGbps1Thread    triad bandwidth on 1 thread, in GB/s (10^9 bytes per second, 24 bytes
 *                                  counted per element as STREAM does), or NaN
 * @param streamTriadGbpsAllThreads triad bandwidth on {@code threads} threads, in GB/s, or NaN
 * @param sgemmGflops1Thread        SGEMM 2048 x 2048 throughput on 1 thread, in GFLOP/s (2 n^3 FLOPs), or NaN
 * @param sgemmGflopsAllThreads     SGEMM throughput on {@code threads} threads, in GFLOP/s, or NaN
 * @param threads                   thread count of the "all threads" figures, at least 1
 * @param measuredAt                when the figures were measured
 * @param source                    {@code "measured now"} or {@link #lastRunAt(Instant)}
 * @param note                      why a figure is missing or not fresh; empty when nothing is
 */
public record NativeReference(
        double streamTriadGbps1Thread,
        double streamTriadGbpsAllThreads,
        double sgemmGflops1Thread,
        double sgemmGflopsAllThreads,
        int threads,
        Instant measuredAt,
        String source,
        String note) {

    /** Source of figures measured by this call. */
    public static final String MEASURED_NOW = "measured now";

    /** Checks that {@code threads} is at least 1 and the texts are present. */
    public NativeReference {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(measuredAt, "measuredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }

    /** @return true when all four figures were measured (none is NaN) */
    public boolean complete() {
        return DoubleStream.of(streamTriadGbps1Thread, streamTriadGbpsAllThreads, sgemmGflops1Thread, sgemmGflopsAllThreads)
                .noneMatch(Double::isNaN);
    }

    /** @return the source text of figures measured at {@code measuredAt} by an earlier run */
    public static String lastRunAt(Instant measuredAt) {
        return "last run at " + measuredAt;
    }

    /** @return the same figures with {@code note} in place of this one's */
    public NativeReference withNote(String note) {
        return new NativeReference(streamTriadGbps1Thread, streamTriadGbpsAllThreads, sgemmGflops1Thread,
                sgemmGflopsAllThreads, threads, measuredAt, source, note);
    }
}
