package io.tensorscope.profiler.timing;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import java.util.List;

/**
 * Times a baseline and a variant in turn — baseline, variant, baseline, variant … — warm-up runs first in the same
 * order, so drift and load from other work hit both alike; each timed variant run is paired with the baseline run
 * just before it ({@link PairedLatency}). A speed-up is never a ratio of two medians taken at different moments.
 */
public final class InTurnTiming {

    /** One inference, run and timed. */
    @FunctionalInterface
    public interface TimedRun {
        /** @return how long one run took, ms */
        double millis() throws TensorscopeException;
    }

    private InTurnTiming() {
    }

    /**
     * @param baseline   one run of the baseline
     * @param variant    one run of the variant
     * @param warmupRuns untimed pairs first, ≥ 0
     * @param runs       timed pairs, ≥ 1
     * @param progress   progress and cancellation (checked before every pair)
     * @return the paired measurement
     * @throws TensorscopeException {@code CANCELLED}; what a run throws
     */
    public static PairedLatency measure(TimedRun baseline, TimedRun variant, int warmupRuns, int runs,
                                        ProgressListener progress) throws TensorscopeException {
        if (warmupRuns < 0 || runs < 1) {
            throw new IllegalArgumentException("warm-up runs must be ≥ 0 and runs ≥ 1, not " + warmupRuns + " and " + runs);
        }
        double[] baselineMillis = new double[runs];
        double[] variantMillis = new double[runs];
        int total = warmupRuns + runs;
        for (int r = 0; r < total; r++) {
            progress.checkCancelled();
            progress.onProgress((double) r / total, r < warmupRuns ? "warming up in turn" : "pair " + (r - warmupRuns + 1)
                    + " of " + runs);
            double a = baseline.millis();
            double b = variant.millis();
            if (r >= warmupRuns) {
                baselineMillis[r - warmupRuns] = a;
                variantMillis[r - warmupRuns] = b;
            }
        }
        return PairedLatency.of(baselineMillis, variantMillis);
    }

    /**
     * Times two models on the CPU with the threads, optimisation level, warm-up and timed runs of {@code settings}.
     *
     * @param baselineInputs one tensor per input of {@code baseline}
     * @param variantInputs  one tensor per input of {@code variant}
     * @throws TensorscopeException what {@link OnnxRunner} throws; {@code CANCELLED}
     */
    public static PairedLatency measure(Model baseline, List<TensorData> baselineInputs, Model variant,
                                        List<TensorData> variantInputs, ProfileSettings settings,
                                        ProgressListener progress) throws TensorscopeException {
        settings.validate();
        RunOptions options = RunOptions.builder().threads(settings.threads()).optimization(settings.optimization()).build();
        try (OnnxRunner a = OnnxRunner.open(baseline, options); OnnxRunner b = OnnxRunner.open(variant, options)) {
            return measure(() -> timeMillis(a, baselineInputs), () -> timeMillis(b, variantInputs), settings.warmupRuns(),
                    settings.runs(), progress);
        }
    }

    /** @return how long one run of {@code runner} on {@code inputs} took, ms */
    static double timeMillis(OnnxRunner runner, List<TensorData> inputs) throws TensorscopeException {
        long start = System.nanoTime();
        runner.run(inputs);
        return (System.nanoTime() - start) / 1e6;
    }
}
