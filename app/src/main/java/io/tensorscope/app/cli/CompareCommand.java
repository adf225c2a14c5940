package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.experiment.MeasuredModel;
import io.tensorscope.profiler.report.ComparisonReport;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.report.gain.Budget;
import io.tensorscope.profiler.report.gain.GainReportFiles;
import io.tensorscope.profiler.timing.PairedLatency;
import io.tensorscope.profiler.workspace.Recording;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tensorscope compare BASE OTHER...}: size, latency, speed-up and accuracy of models side by side; each model's
 * speed-up comes from timing it in turn with the baseline (A B A B …), so drift in the machine's load hits both alike.
 */
@Command(name = "compare", description = "Measure models side by side against the first: size, latency (1 thread), "
        + "speed-up, accuracy on a data set and its change in points, fidelity for text models; without --dataset, "
        + "agreement with the first model on random inputs (top-1 for classifiers, else mean cosine).")
public final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "MODEL", description = "The baseline, then the models to compare with it.")
    private List<String> models = new ArrayList<>();

    @Mixin
    private EvaluationData data;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the comparison as JSON to FILE.")
    private Path json;

    @Option(names = "--report", paramLabel = "OUT.html|OUT.pdf|OUT.csv|OUT.json", description = "Also write the "
            + "comparison report (verdicts against the budget, intervals, per-layer tables, rooflines) to OUT.")
    private Path report;

    @Mixin
    private BudgetArguments budget;

    @Mixin
    private RecordingArguments recording;

    @Override
    public Integer call() throws Exception {
        List<Path> inputs = new ArrayList<>(models.stream().map(Path::of).toList());
        inputs.add(data.path());
        OutputPaths.requireDistinct(json, inputs.toArray(Path[]::new));
        OutputPaths.requireDistinct(report, inputs.toArray(Path[]::new));
        if (report != null) {
            GainReportFiles.requireKnownFormat(report);
        }
        Budget limits = budget.budget();
        ModelSource source = new ModelSource();
        List<Model> loaded = new ArrayList<>();
        for (String m : models) {
            loaded.add(source.open(m, ProgressListener.NONE));
        }
        MeasuredComparison comparison = MeasuredComparison.of(models, loaded, data.plan(), ProgressListener.NONE);
        List<PairedLatency> inTurn = comparison.inTurn();
        List<Recording> recordings = comparison.recordings();
        List<ExperimentSummary> summaries = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            MeasuredModel measured = comparison.measured().get(i);
            summaries.add(ExperimentSummary.of(models.get(i), i == 0 ? ExperimentSummary.ORIGINAL : "compared",
                    recordings.get(i).record().modelSizeBytes(), measured.profile().latencyMillis(),
                    measured.evaluation()));
        }
        if (json != null) {
            JsonFiles.write(ComparisonReport.toJson(summaries, inTurn), json);
        }
        PrintWriter out = spec.commandLine().getOut();
        ComparisonReport.write(summaries, inTurn, out);
        if (report != null) {
            ReportCommand.write(comparison.subjects(), limits, report, out, spec.commandLine().getErr());
        }
        try (ExperimentRecorder recorder = recording.open()) {
            recorder.recordMeasured(recordings, out);
        }
        out.flush();
        return 0;
    }
}
