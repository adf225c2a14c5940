package io.tensorscope.profiler.report;

import io.tensorscope.profiler.roofline.Roofline;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.OpTypeTime;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code tensorscope profile} report: latency, profiler overhead, top kernels with their roofs, op types. */
public final class ProfileText {

    private ProfileText() {
    }

    /** Writes the report, listing the {@code top} slowest kernels. */
    public static void write(ModelProfile profile, List<RooflinePoint> points, int top, PrintWriter out) {
        var s = profile.settings();
        out.printf(Locale.ROOT, "%s on %s: %d thread(s), optimisation %s, %d warm-up + %d timed runs%n",
                profile.modelName(), profile.device(), s.threads(), s.optimization().name().toLowerCase(Locale.ROOT),
                s.warmupRuns(), s.runs());
        var l = profile.latencyMillis();
        out.printf(Locale.ROOT, "latency: median %.2f ms (p10 %.2f, p90 %.2f); profiler overhead %+.1f %%%n",
                l.median(), l.p10(), l.p90(), 100 * profile.profilerOverhead());
        out.printf(Locale.ROOT, "%d kernels ran for %d nodes (%d folded or eliminated); %.0f %% of kernel time is "
                        + "memory-bound%n", profile.kernels().size(), profile.nodes().size(), profile.removedNodeCount(),
                100 * Roofline.memoryBoundShare(points));
        Map<String, RooflinePoint> pointOf = new HashMap<>();
        points.forEach(p -> pointOf.put(p.kernel(), p));
        out.printf(Locale.ROOT, "%n%-44s %-20s %9s %9s %9s %6s %9s %8s %7s %6s%n", "kernel", "op type", "median µs",
                "p10 µs", "p90 µs", "share", "GFLOP/s", "GB/s", "bound", "% roof");
        profile.kernels().stream().sorted(Comparator.comparingDouble((KernelTiming k) -> k.micros().median()).reversed())
                .limit(top).forEach(k -> {
                    RooflinePoint p = pointOf.get(k.kernel());
                    out.printf(Locale.ROOT, "%-44s %-20s %9.1f %9.1f %9.1f %5.1f%% %9.2f %8.2f %7s %6s%n",
                            shorten(k.kernel(), 44), shorten(k.opType(), 20), k.micros().median(), k.micros().p10(),
                            k.micros().p90(), 100 * k.share(), k.achievedGflops(), k.achievedGbps(),
                            p == null ? "-" : p.bound().key(),
                            p == null ? "-" : String.format(Locale.ROOT, "%.0f", 100 * p.fractionOfAttainable()));
                });
        out.printf(Locale.ROOT, "%n%-24s %7s %11s %6s%n", "op type", "kernels", "median µs", "share");
        for (OpTypeTime t : OpTypeTime.of(profile)) {
            out.printf(Locale.ROOT, "%-24s %7d %11.1f %5.1f%%%n", shorten(t.opType(), 24), t.kernels(), t.medianMicros(),
                    100 * t.share());
        }
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : "…" + text.substring(text.length() - width + 1);
    }
}
