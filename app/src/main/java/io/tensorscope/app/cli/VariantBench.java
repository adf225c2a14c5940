package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.evaluate.DatasetEvaluator;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.stats.Percentiles;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the benches that compare model variants share: variants made by one-step pipelines, then measured side by side
 * in one run — latency on 1 thread with the variants run in turn (so drift hits all alike), file size, and accuracy
 * (plus fidelity to fp32 for text models) on a bundled data set.
 */
final class VariantBench {

    private static final int WARMUP = 10;
    private static final int RUNS = 40;

    private VariantBench() {
    }

    /**
     * @return {@code model} after the pipeline of {@code steps} ({@code pass:key=value,...} each; calibrating and
     *         training on {@code dataset}, which may be null when no step needs data)
     */
    static Model variant(Model model, String dataset, String... steps) throws TensorscopeException {
        List<PipelineStep> parsed = new ArrayList<>();
        for (String step : steps) {
            parsed.add(PipelineStep.parse(step));
        }
        return new PipelineRunner(PassRegistry.standard()).run(model, new PipelineSpec(dataset, parsed),
                PassContext.of(ProgressListener.NONE)).model();
    }

    /** Prints the table of {@code variants} (the first is the baseline) measured side by side. */
    static void compare(PrintWriter out, String title, Map<String, Model> variants, String dataset,
                                Model reference) throws TensorscopeException {
        out.println();
        out.printf(Locale.ROOT, "== %s: %d warm-up + %d timed runs each, variants in turn ==%n", title, WARMUP, RUNS);
        out.flush();
        List<String> names = new ArrayList<>(variants.keySet());
        Model base = variants.get(names.get(0));
        List<TensorData> inputs = RandomInputs.forModel(base, InputSizes.defaults(), 1);
        List<OnnxRunner> runners = new ArrayList<>();
        double[][] millis = new double[names.size()][RUNS];
        try {
            for (String name : names) {
                runners.add(OnnxRunner.open(variants.get(name), RunOptions.builder().threads(1).build()));
            }
            for (int r = 0; r < WARMUP + RUNS; r++) {
                for (int v = 0; v < runners.size(); v++) {
                    long start = System.nanoTime();
                    runners.get(v).run(inputs);
                    if (r >= WARMUP) {
                        millis[v][r - WARMUP] = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
        } finally {
            runners.forEach(OnnxRunner::close);
        }
        double baseMillis = Percentiles.of(millis[0]).median();
        long baseBytes = base.proto().getSerializedSize();
        Evaluation baseEvaluation = null;
        out.printf(Locale.ROOT, "%-22s %10s %8s %10s %8s %10s %9s %s%n", "variant", "median ms", "speed-up", "size", "% size",
                "metric", "delta pt", "fidelity (mean / worst cosine to fp32)");
        for (int v = 0; v < names.size(); v++) {
            Model model = variants.get(names.get(v));
            Evaluation e = DatasetEvaluator.evaluate(model, v == 0 ? null : reference, dataset, 0,
                    Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
            baseEvaluation = v == 0 ? e : baseEvaluation;
            double median = Percentiles.of(millis[v]).median();
            long bytes = model.proto().getSerializedSize();
            Double mean = e.details().get("mean_cosine_to_reference");
            out.printf(Locale.ROOT, "%-22s %10.2f %7.2fx %9.1fM %7.1f%% %9.2f%% %+9.2f %s%n", names.get(v), median,
                    baseMillis / median, bytes / 1048576.0, 100.0 * bytes / baseBytes, 100 * e.value(),
                    100 * (e.value() - baseEvaluation.value()), mean == null ? "" : String.format(Locale.ROOT, "%.4f / %.4f",
                            mean, e.details().get("worst_cosine_to_reference")));
            out.flush();
        }
        out.printf(Locale.ROOT, "metric: %s on %s (%d samples)%n", baseEvaluation.metric(), dataset, baseEvaluation.samples());
    }
}
