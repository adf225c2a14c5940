package io.tensorscope.app.workbench.profile;

import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.stats.Percentiles;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ModelProfile;

import java.util.Locale;

/** The Profile view's sentences and labels, with units. */
public final class ProfileText {

    private ProfileText() {
    }

    /** @return e.g. {@code latency median 31.2 ms (p10 30.8, p90 32.5), profiler overhead 2.1 %} */
    public static String latencyLine(ModelProfile profile) {
        Percentiles ms = profile.latencyMillis();
        return String.format(Locale.ROOT, "latency median %s ms (p10 %s, p90 %s), profiler overhead %.1f %%",
                millis(ms.median()), millis(ms.p10()), millis(ms.p90()), profile.profilerOverhead() * 100);
    }

    /** @return e.g. {@code DRAM 13 GB/s} */
    public static String bandwidthRoof(MemoryLevel level, double gbps) {
        return level.name() + " " + significant(gbps) + " GB/s";
    }

    /** @return e.g. {@code fp32 92 GFLOP/s}, {@code int8 375 GOP/s} */
    public static String computeRoof(Precision precision, double gflops) {
        return precision.key() + " " + significant(gflops) + (precision == Precision.INT8 ? " GOP/s" : " GFLOP/s");
    }

    /** @return e.g. {@code 12 kernels without FLOPs not shown (8.3 % of time)}, or empty when all are shown */
    public static String unplottedCaption(ProfileRun run) {
        int count = run.unplottedKernelCount();
        return count == 0 ? "" : String.format(Locale.ROOT, "%d kernel%s without FLOPs not shown (%.1f %% of time)",
                count, count == 1 ? "" : "s", run.unplottedShare() * 100);
    }

    /** @return the hover text of a roofline point: kernel, op type, time, GFLOP/s, bound, % of roof */
    public static String tooltip(ProfileRun run, RooflinePoint point) {
        double micros = run.kernel(point.kernel()).map(k -> k.micros().median()).orElse(Double.NaN);
        return String.format(Locale.ROOT, "%s%n%s · %s µs (%.1f %% of time) · %s%n%s GFLOP/s at %s FLOP/byte%n"
                        + "%s-bound (%s, %s) · %.0f %% of roof (%s GFLOP/s)",
                point.kernel(), point.opType(), significant(micros), point.timeShare() * 100, run.label(),
                significant(point.achievedGflops()), significant(point.intensity()),
                point.bound().key(), point.level().name(), point.precision().key(),
                point.fractionOfAttainable() * 100, significant(point.attainableGflops()));
    }

    /** @return e.g. {@code 412 µs} or {@code 12.3 ms} */
    public static String duration(double micros) {
        return micros >= 10_000 ? significant(micros / 1000) + " ms" : significant(micros) + " µs";
    }

    /** @return the median and p10–p90 of a kernel, e.g. {@code 412 µs (398–431)} */
    public static String kernelTime(KernelTiming kernel) {
        return duration(kernel.micros().median()) + " (" + significant(kernel.micros().p10()) + "–"
                + significant(kernel.micros().p90()) + ")";
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** @return three significant figures without exponent, e.g. {@code 0.0123}, {@code 4.56}, {@code 789}, {@code 12,300} */
    public static String significant(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1 || magnitude == 0) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        int decimals = Math.min(8, 2 - (int) Math.floor(Math.log10(magnitude)));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
