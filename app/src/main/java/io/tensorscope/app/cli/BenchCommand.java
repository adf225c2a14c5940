package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.GraphValidator;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.SyntheticGraphs;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.layout.GraphLayouter;
import io.tensorscope.profiler.report.AnalysisJson;
import io.tensorscope.profiler.stats.Percentiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tensorscope bench}: times the foundation's hot paths in one run (load, analyse, JSON, ONNX Runtime
 * latency at batch 1 / sequence 128 on random inputs, 1 thread and all) on the
 * bundled MiniLM and on synthetic graphs of 1,000 to 50,000 nodes (graph layout up to 10,000), printing medians of
 * repeated runs; then the profiler's ({@link ProfilerBench}): ceilings next to a native reference, profiler
 * overhead; the quantized and pruned variants ({@link QuantizationBench}, {@link PruningBench}), the workspace's
 * ({@link WorkspaceBench}), diff and report rendering ({@link ReportBench}); and, only when asked for by name, the training targets ({@link TrainingBench}, half an
 * hour). Speed figures live here, never in unit tests.
 */
@Command(name = "bench", description = "Benchmark model loading and analysis (medians of repeated runs, ms).")
public final class BenchCommand implements Callable<Integer> {

    /** Graph layout is slow on large graphs (seconds): fewer repetitions. */
    private static final int LAYOUT_RUNS = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", defaultValue = "7", description = "Timed repetitions per step (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--suite", defaultValue = "all",
            paramLabel = "foundation|profiler|quantization|pruning|workspace|report|training|all",
            description = "Which benchmarks: model loading/analysis/layout; ceilings vs native and profiler overhead; "
                    + "quantized, then pruned variants vs fp32 (latency, size, accuracy); the experiment workspace "
                    + "(10,000 experiments listed); diff and report rendering (MiniLM and 5 candidates); training (distillation, fine-tuning, ResNet-18 from scratch, our "
                    + "training step vs PyTorch eager; about 40 minutes on 2 cores; all leaves it out); or all "
                    + "(default ${DEFAULT-VALUE}).")
    private String suite;

    @Option(names = "--trained-resnet", paramLabel = "FILE", description = "training suite: a ResNet-18 width 16 "
            + "trained on fashion-mnist before (tensorscope train resnet18 -o FILE) to prune and distil, instead of "
            + "training one from scratch first (20 minutes).")
    private Path trainedResnet;

    /** One timed step. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--runs must be 1 or more, not " + runs);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "tensorscope bench: %d runs per step, %d cores, Java %s%n", runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (!List.of("foundation", "profiler", "quantization", "pruning", "workspace", "report", "training", "all")
                .contains(suite)) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--suite must be foundation, profiler, quantization, "
                    + "pruning, workspace, report, training or all, not " + suite);
        }
        boolean all = "all".equals(suite);
        if (all || "foundation".equals(suite)) {
            foundation(out);
        }
        if (all || "profiler".equals(suite)) {
            ProfilerBench.run(out);
        }
        if (all || "quantization".equals(suite)) {
            QuantizationBench.run(out);
        }
        if (all || "pruning".equals(suite)) {
            PruningBench.run(out);
        }
        if (all || "workspace".equals(suite)) {
            WorkspaceBench.run(out, runs);
        }
        if (all || "report".equals(suite)) {
            ReportBench.run(out, runs);
        }
        if ("training".equals(suite)) {
            TrainingBench.run(out, trainedResnet);
        }
        out.flush();
        return 0;
    }

    private void foundation(PrintWriter out) throws Exception {
        ModelSource source = new ModelSource();
        long start = System.nanoTime();
        Model first = source.open("minilm", ProgressListener.NONE);
        ModelAnalyzer.analyze(first, InputSizes.defaults(), ProgressListener.NONE);
        out.printf(Locale.ROOT, "minilm  first load + analysis in this JVM: %.1f ms%n", (System.nanoTime() - start) / 1e6);
        Percentiles load = time(() -> source.open("minilm", ProgressListener.NONE));
        Model model = source.open("minilm", ProgressListener.NONE);
        Percentiles analyse = time(() -> ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE));
        ModelAnalysis analysis = ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
        Path json = Files.createTempFile("tensorscope-bench", ".json");
        try {
            Percentiles write = time(() -> {
                AnalysisJson.write(analysis, json);
                return null;
            });
            Percentiles layout = time(() -> GraphLayouter.layout(analysis.nodes(), ProgressListener.NONE), LAYOUT_RUNS);
            report(out, "minilm", model.nodeCount(), "load", load, "analyse", analyse, "json", write, "layout", layout);
        } finally {
            Files.deleteIfExists(json);
        }
        for (String id : new String[] {"minilm", "mnist-cnn"}) {
            Model bundled = source.open(id, ProgressListener.NONE);
            List<TensorData> inputs = RandomInputs.forModel(bundled, InputSizes.defaults(), 1);
            for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
                try (OnnxRunner runner = OnnxRunner.open(bundled, RunOptions.builder().threads(threads).build())) {
                    Percentiles latency = time(() -> runner.run(inputs), Math.max(runs, 20));
                    report(out, id + " run " + threads + "t", bundled.nodeCount(), "latency", latency);
                }
            }
        }
        for (int nodes : new int[] {1_000, 10_000, 50_000}) {
            Percentiles build = time(() -> SyntheticGraphs.chain(nodes));
            Model synthetic = SyntheticGraphs.chain(nodes);
            Percentiles validate = time(() -> GraphValidator.topologicalOrder(synthetic.graph()));
            Percentiles analyseSynthetic = time(() -> ModelAnalyzer.analyze(synthetic, InputSizes.defaults(), ProgressListener.NONE));
            ModelAnalysis costs = ModelAnalyzer.analyze(synthetic, InputSizes.defaults(), ProgressListener.NONE);
            Percentiles layout = nodes > 10_000 ? null
                    : time(() -> GraphLayouter.layout(costs.nodes(), ProgressListener.NONE), LAYOUT_RUNS);
            report(out, "synthetic", nodes, "build", build, "validate", validate, "analyse", analyseSynthetic,
                    "layout", layout);
        }
    }

    private <T> Percentiles time(Step<T> step) throws Exception {
        return time(step, runs);
    }

    /** @return the times of {@code repetitions} runs of {@code step} after one untimed run, ms */
    static <T> Percentiles time(Step<T> step, int repetitions) throws Exception {
        step.run();
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long t0 = System.nanoTime();
            step.run();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return Percentiles.of(millis);
    }

    private static void report(PrintWriter out, String subject, int nodes, Object... labelsAndTimes) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s %6d nodes", subject, nodes));
        for (int i = 0; i < labelsAndTimes.length; i += 2) {
            Percentiles p = (Percentiles) labelsAndTimes[i + 1];
            if (p == null) {
                continue;
            }
            line.append(String.format(Locale.ROOT, "   %s %.1f ms (p10 %.1f, p90 %.1f)", labelsAndTimes[i], p.median(), p.p10(), p.p90()));
        }
        out.println(line);
    }
}
