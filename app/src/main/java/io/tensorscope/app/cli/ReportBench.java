package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.diff.ModelDiff;
import io.tensorscope.engine.diff.NodeChange;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.io.TemporaryFolder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.stats.Percentiles;
import io.tensorscope.profiler.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report part of {@code tensorscope bench}: {@code diff} of MiniLM fp32 against its dynamic int8 (the diff alone,
 * then the whole command in this JVM: both files loaded, diffed, printed; target {@value #DIFF_TARGET_MS} ms), and
 * a comparison report of MiniLM with five candidates measured and stored once, then rendered from the workspace in
 * every format ({@code report ID...}, in this JVM; target {@value #REPORT_TARGET_MS} ms).
 */
final class ReportBench {

    private static final double DIFF_TARGET_MS = 1_000;
    private static final double REPORT_TARGET_MS = 2_000;
    private static final List<List<String>> CANDIDATES = List.of(List.of("dynamic-int8"),
            List.of("dynamic-int8:per-channel=false"), List.of("fp16"), List.of("prune-magnitude:sparsity=0.5"),
            List.of("prune-magnitude:sparsity=0.5", "dynamic-int8"));

    private ReportBench() {
    }

    static void run(PrintWriter out, int runs) throws Exception {
        out.println();
        out.println("== report: diff and comparison reports of MiniLM ==");
        out.flush();
        Model fp32 = new ModelSource().open("minilm", ProgressListener.NONE);
        try (TemporaryFolder folder = TemporaryFolder.create("tensorscope-bench-report")) {
            List<String> files = new ArrayList<>();
            Model int8 = null;
            for (int i = 0; i < CANDIDATES.size(); i++) {
                List<PipelineStep> steps = new ArrayList<>();
                for (String step : CANDIDATES.get(i)) {
                    steps.add(PipelineStep.parse(step));
                }
                Model candidate = new PipelineRunner(PassRegistry.standard()).run(fp32, new PipelineSpec(null, steps),
                        PassContext.of(ProgressListener.NONE)).model();
                Path file = folder.path().resolve("candidate-" + i + ".onnx");
                ModelWriter.write(candidate, file);
                files.add(file.toString());
                int8 = i == 0 ? candidate : int8;
            }
            Model quantized = int8;
            ModelDiff diff = ModelDiff.of(fp32, quantized);
            out.printf(Locale.ROOT, "diff minilm → dynamic int8: %d nodes changed, %d added; %d weights changed, %d added%n",
                    diff.nodeCount(NodeChange.CHANGED), diff.nodeCount(NodeChange.ADDED),
                    diff.weightCount(NodeChange.CHANGED), diff.weightCount(NodeChange.ADDED));
            report(out, "diff, models in memory", BenchCommand.time(() -> ModelDiff.of(fp32, quantized), runs));
            Percentiles command = BenchCommand.time(() -> command(new DiffCommand(), "minilm", files.get(0)), runs);
            report(out, "tensorscope diff minilm int8.onnx, in-process", command);
            verdict(out, "diff of MiniLM fp32 against its int8", DIFF_TARGET_MS, command);

            String ws = folder.path().resolve("workspace.db").toString();
            long start = System.nanoTime();
            List<String> compare = new ArrayList<>(List.of("minilm"));
            compare.addAll(files);
            compare.addAll(List.of("--dataset", "spam-assassin", "--samples", "200", "--workspace", ws));
            command(new CompareCommand(), compare.toArray(String[]::new));
            out.printf(Locale.ROOT, "measured and stored MiniLM and %d candidates in %.0f s (not part of the target)%n",
                    files.size(), (System.nanoTime() - start) / 1e9);
            List<String> ids;
            try (Workspace workspace = Workspace.open(Path.of(ws))) {
                ids = new ArrayList<>(workspace.list(null).stream().map(ExperimentRow::id).toList());
            }
            java.util.Collections.reverse(ids);
            for (String format : List.of("html", "pdf", "csv", "json")) {
                List<String> args = new ArrayList<>(ids);
                args.addAll(List.of("-o", folder.path().resolve("report." + format).toString(), "--workspace", ws));
                Percentiles render = BenchCommand.time(() -> command(new ReportCommand(), args.toArray(String[]::new)), runs);
                report(out, "report of 5 stored candidates, " + format + ", in-process", render);
                verdict(out, "report of MiniLM with 5 candidates (" + format + ")", REPORT_TARGET_MS, render);
            }
        }
        out.flush();
    }

    private static void verdict(PrintWriter out, String what, double targetMs, Percentiles p) {
        out.printf(Locale.ROOT, "  target: %s < %.0f ms: %s%n", what, targetMs, p.median() < targetMs ? "met" : "MISSED");
    }

    private static void report(PrintWriter out, String what, Percentiles p) {
        out.printf(Locale.ROOT, "%-52s median %8.1f ms (p10 %.1f, p90 %.1f)%n", what, p.median(), p.p10(), p.p90());
        out.flush();
    }

    private static Void command(Object command, String... args) {
        InProcessCommand.run(command, args);
        return null;
    }
}
