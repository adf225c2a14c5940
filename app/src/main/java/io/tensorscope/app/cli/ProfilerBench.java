package io.tensorscope.app.cli;

import io.tensorscope.assets.CacheDirectory;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.reference.NativeReference;
import io.tensorscope.profiler.reference.NativeReferenceRunner;
import io.tensorscope.profiler.roofline.Roofline;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.ModelProfiler;
import io.tensorscope.profiler.timing.ProfileSettings;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The profiler part of {@code tensorscope bench}: our ceilings measured now next to a native STREAM triad and
 * OpenBLAS SGEMM compiled and run now (or their last figures when no compiler is present), the profiler's
 * overhead on the bundled models, and their top kernels and memory-bound share.
 */
final class ProfilerBench {

    /** Native figures must lie within this fraction of ours for the check to print "ok". */
    private static final double TOLERANCE = 0.15;
    private static final int RUNS = 30;

    private ProfilerBench() {
    }

    static void run(PrintWriter out) throws TensorscopeException, InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        out.println();
        out.println("== ceilings (ours, measured now) vs native reference ==");
        out.flush();
        MachineCeilings ours = CeilingsCommand.service().get(threads, true, ProgressListener.NONE);
        NativeReference reference = NativeReferenceRunner.measure(CacheDirectory.root(), threads);
        out.printf(Locale.ROOT, "native reference: %s%s%n", reference.source(),
                reference.note().isEmpty() ? "" : " (" + reference.note() + ")");
        out.printf(Locale.ROOT, "%-30s %12s %12s %8s%n", "roof", "tensorscope", "native", "ratio");
        compare(out, "DRAM triad 1 thread, GB/s", ours.singleThread(), MemoryLevel.DRAM, reference.streamTriadGbps1Thread());
        compare(out, "DRAM triad " + threads + " threads, GB/s", ours.allThreads(), MemoryLevel.DRAM,
                reference.streamTriadGbpsAllThreads());
        compare(out, "fp32 1 thread, GFLOP/s", ours.singleThread().peak(Precision.FP32), reference.sgemmGflops1Thread());
        compare(out, "fp32 " + threads + " threads, GFLOP/s", ours.allThreads().peak(Precision.FP32),
                reference.sgemmGflopsAllThreads());

        ModelSource source = new ModelSource();
        for (String id : new String[] {"minilm", "mnist-cnn"}) {
            Model model = source.open(id, ProgressListener.NONE);
            ModelAnalysis analysis = ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
            for (int n : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
                ModelProfile profile = ModelProfiler.profile(model, analysis, RandomInputs.forModel(model,
                        InputSizes.defaults(), 1), new ProfileSettings(n, 10, RUNS, OptimizationLevel.ALL), ProgressListener.NONE);
                ThreadCeilings roofs = ours.forThreads(n);
                List<RooflinePoint> points = new Roofline(roofs, ours.caches()).place(profile);
                out.println();
                out.printf(Locale.ROOT, "== %s, %d thread(s), optimisation all, %d runs ==%n", id, n, RUNS);
                out.printf(Locale.ROOT, "latency median %.2f ms (p10 %.2f, p90 %.2f); with profiler %.2f ms: overhead %+.1f %%%n",
                        profile.latencyMillis().median(), profile.latencyMillis().p10(), profile.latencyMillis().p90(),
                        profile.profiledMillis().median(), 100 * profile.profilerOverhead());
                out.printf(Locale.ROOT, "memory-bound share of kernel time %.0f %%; top 5 kernels:%n",
                        100 * Roofline.memoryBoundShare(points));
                profile.kernels().stream().sorted(Comparator.comparingDouble((KernelTiming k) -> k.micros().median()).reversed())
                        .limit(5).forEach(k -> out.printf(Locale.ROOT, "  %-50s %-18s %8.1f µs %5.1f %% %7.1f GFLOP/s%n",
                                k.kernel(), k.opType(), k.micros().median(), 100 * k.share(), k.achievedGflops()));
                out.flush();
            }
        }
    }

    private static void compare(PrintWriter out, String label, ThreadCeilings ours, MemoryLevel level, double nativeValue) {
        compare(out, label, ours.bandwidth(level), nativeValue);
    }

    private static void compare(PrintWriter out, String label, Optional<Double> ours, double nativeValue) {
        double value = ours.orElse(Double.NaN);
        double ratio = value / nativeValue;
        String verdict = Double.isNaN(ratio) ? "" : Math.abs(ratio - 1) <= TOLERANCE ? "ok (within 15 %)" : "OFF by more than 15 %";
        out.printf(Locale.ROOT, "%-30s %12.1f %12.1f %8.2f  %s%n", label, value, nativeValue, ratio, verdict);
        out.flush();
    }
}
