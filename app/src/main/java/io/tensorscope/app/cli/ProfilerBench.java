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

/**
 * The profiler part of {@code tensorscope bench}: our ceilings measured now next to a native STREAM triad and
 * OpenBLAS SGEMM compiled and run now (or their last figures when no compiler is present), the profiler's
 * overhead on the bundled models, and their top kernels and memory-bound share.
 */
final class ProfilerBench {

    /** Native figures must lie within this fraction of ours for the check to print "ok". */
    private static final double TOLERANCE = 0.15;
    private static final int RUNS = 30;
    private static final int ROUNDS = 3;

    private ProfilerBench() {
    }

    static void run(PrintWriter out) throws TensorscopeException, InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        out.println();
        out.println("== ceilings (ours, measured now) vs native reference ==");
        out.flush();
        // Shared machines drift between moments: alternate the two sides and keep each one's best round.
        double[] best = new double[8];
        MachineCeilings ours = null;
        NativeReference reference = null;
        for (int round = 0; round < ROUNDS; round++) {
            ours = CeilingsCommand.service().get(threads, true, ProgressListener.NONE);
            reference = NativeReferenceRunner.measure(CacheDirectory.root(), threads);
            double[] figures = {dram(ours.singleThread()), reference.streamTriadGbps1Thread(), dram(ours.allThreads()),
                reference.streamTriadGbpsAllThreads(), fp32(ours.singleThread()), reference.sgemmGflops1Thread(),
                fp32(ours.allThreads()), reference.sgemmGflopsAllThreads()};
            for (int i = 0; i < best.length; i++) {
                best[i] = round == 0 ? figures[i] : Math.max(best[i], figures[i]);
            }
        }
        out.printf(Locale.ROOT, "native reference: %s%s; best of %d alternating rounds%n", reference.source(),
                reference.note().isEmpty() ? "" : " (" + reference.note() + ")", ROUNDS);
        out.printf(Locale.ROOT, "%-30s %12s %12s %8s%n", "roof", "tensorscope", "native", "ratio");
        compare(out, "DRAM triad 1 thread, GB/s", best[0], best[1]);
        compare(out, "DRAM triad " + threads + " threads, GB/s", best[2], best[3]);
        compare(out, "fp32 1 thread, GFLOP/s", best[4], best[5]);
        compare(out, "fp32 " + threads + " threads, GFLOP/s", best[6], best[7]);

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

    private static double dram(ThreadCeilings roofs) {
        return roofs.bandwidth(MemoryLevel.DRAM).orElse(Double.NaN);
    }

    private static double fp32(ThreadCeilings roofs) {
        return roofs.peak(Precision.FP32).orElse(Double.NaN);
    }

    private static void compare(PrintWriter out, String label, double value, double nativeValue) {
        double ratio = value / nativeValue;
        String verdict = Double.isNaN(ratio) ? "" : Math.abs(ratio - 1) <= TOLERANCE ? "ok (within 15 %)" : "OFF by more than 15 %";
        out.printf(Locale.ROOT, "%-30s %12.1f %12.1f %8.2f  %s%n", label, value, nativeValue, ratio, verdict);
        out.flush();
    }
}
