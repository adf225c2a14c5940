package io.tensorscope.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineJson;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.auto.AutoCandidate;
import io.tensorscope.profiler.auto.AutoPruning;
import io.tensorscope.profiler.auto.AutoResult;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.report.ExperimentRecordJson;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.workspace.Recording;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code optimize --auto}: the greedy per-layer channel-sparsity search inside an accuracy budget
 * ({@link AutoPruning}), printing every candidate as it is measured and writing the best one to the output as soon as
 * it is found (atomically), so a search cut short by its time budget or Ctrl-C still leaves the best model so far.
 */
final class AutoExecution {

    private final PassRegistry registry = PassRegistry.standard();
    private final RecordingArguments recording;

    /** @param recording where the original and the best candidate are recorded */
    AutoExecution(RecordingArguments recording) {
        this.recording = recording;
    }

    /**
     * @return exit code 0, once the search ended and the best model is written
     * @throws TensorscopeException {@code BAD_ARGUMENT} when no candidate is within the budget (nothing is written)
     */
    int run(String modelArgument, Path output, double budgetPoints, double budgetMinutes, List<Double> levels,
            List<PipelineStep> extraSteps, String dataset, int samples, Path json, PrintWriter out)
            throws TensorscopeException {
        if (dataset == null) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--auto scores every candidate: give --dataset ID|PATH");
        }
        if (budgetMinutes <= 0) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--budget-minutes must be above 0, not " + budgetMinutes);
        }
        Model model = new ModelSource().open(modelArgument, ProgressListener.NONE);
        ExperimentPlan plan = ExperimentPlan.standard(dataset, samples).validate();
        try (ExperimentRecorder recorder = recording.open()) {
            OutputPaths.requireDistinct(output, model.location().orElse(null), recorder.file());
            AutoResult result = search(model, output, budgetPoints, budgetMinutes, levels, extraSteps, dataset, plan,
                    json, out);
            AutoCandidate best = result.best();
            recorder.recordMeasured(best.record() == result.original() ? List.of(Recording.byDigest(best.record()))
                    : List.of(Recording.byDigest(result.original()), Recording.withModel(best.record(), best.model())),
                    out);
            return 0;
        }
    }

    private AutoResult search(Model model, Path output, double budgetPoints, double budgetMinutes, List<Double> levels,
            List<PipelineStep> extraSteps, String dataset, ExperimentPlan plan, Path json, PrintWriter out)
            throws TensorscopeException {
        out.printf(Locale.ROOT, "auto: channel sparsity per layer from %s, within %.2f points of the original on %s, "
                + "for at most %.1f min%n", levels, budgetPoints, dataset, budgetMinutes);
        out.flush();
        double[] bestSpeedUp = {0};
        AutoResult result;
        try (ConsoleProgress progress = ConsoleProgress.start(model.name() + " auto")) {
            result = AutoPruning.run(model, budgetPoints, (long) (budgetMinutes * 60_000), levels, extraSteps, dataset,
                    plan, registry, System::currentTimeMillis, candidate -> {
                        boolean better = candidate.withinBudget() && candidate.speedUp() > bestSpeedUp[0];
                        if (better) {
                            bestSpeedUp[0] = candidate.speedUp();
                            write(candidate, output);
                        }
                        out.println(line(candidate) + (better ? "  best so far, written" : ""));
                        out.flush();
                    }, progress);
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof TensorscopeException written) {
                throw written;
            }
            throw e;
        }
        if (json != null) {
            JsonFiles.write(json(result), json);
        }
        if (result.best() == null) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "no candidate stayed within " + budgetPoints
                    + " points (search " + result.stopped() + "); nothing written");
        }
        out.printf(Locale.ROOT, "search %s after %d candidates; best: #%d, %.2fx faster, %+.2f pt; wrote %s%n",
                result.stopped(), result.candidates().size(), result.best().number(), result.best().speedUp(),
                result.best().deltaPoints(), output);
        out.flush();
        return result;
    }

    private static void write(AutoCandidate candidate, Path output) {
        try {
            ModelWriter.write(candidate.model(), output);
        } catch (TensorscopeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String line(AutoCandidate c) {
        List<String> parts = new ArrayList<>();
        c.sparsity().forEach((layer, s) -> parts.add(layer + " " + s));
        if (!c.keptFloat().isEmpty()) {
            parts.add("float: " + String.join(",", c.keptFloat()));
        }
        String allocation = parts.isEmpty() ? "nothing pruned" : String.join(", ", parts);
        return String.format(Locale.ROOT, "#%-3d %-48s %7.2f%% %+7.2f pt %8.3f ms %6.2fx %s", c.number(), allocation,
                100 * c.metricValue(), c.deltaPoints(), c.latencyMs(), c.speedUp(),
                c.accepted() ? "within budget" : c.rejection());
    }

    private ObjectNode json(AutoResult result) {
        ObjectNode root = new ObjectMapper().createObjectNode().put("stopped", result.stopped());
        root.put("best", result.best() == null ? 0 : result.best().number());
        ArrayNode candidates = root.putArray("candidates");
        for (AutoCandidate c : result.candidates()) {
            ObjectNode node = candidates.addObject().put("number", c.number()).put("value", c.metricValue())
                    .put("delta_points", c.deltaPoints()).put("latency_ms", c.latencyMs()).put("speedup", c.speedUp())
                    .put("within_budget", c.withinBudget()).put("rejection", c.rejection());
            c.sparsity().forEach(node.putObject("sparsity")::put);
            c.keptFloat().forEach(node.putArray("kept_float")::add);
            node.set("pipeline", PipelineJson.toJson(c.spec(), registry));
            node.put("record", c.record().id());
        }
        ArrayNode records = root.putArray("records");
        records.add(ExperimentRecordJson.write(result.original(), registry));
        for (AutoCandidate c : result.candidates()) {
            if (c.record() != result.original()) {
                records.add(ExperimentRecordJson.write(c.record(), registry));
            }
        }
        return root;
    }
}
