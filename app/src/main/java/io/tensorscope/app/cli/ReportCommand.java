package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.report.gain.Budget;
import io.tensorscope.profiler.report.gain.GainReport;
import io.tensorscope.profiler.report.gain.GainReportFiles;
import io.tensorscope.profiler.report.gain.ReportSubject;
import io.tensorscope.profiler.report.gain.StoredSubjects;
import io.tensorscope.profiler.report.gain.Verdict;
import io.tensorscope.profiler.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tensorscope report BASE CANDIDATE... -o OUT}: the comparison report that proves a gain. Experiments already
 * timed and scored are reported from the workspace as stored (no new measurement; a candidate timed in turn with the
 * baseline when it was recorded keeps that speed-up); model files, bundled ids, and
 * every argument with {@code --remeasure}, are measured side by side as {@code compare} does (and recorded).
 */
@Command(name = "report", description = "Write a comparison report (.html, .pdf, .csv or .json): verdicts against a "
        + "budget, the machine, latency with percentiles, accuracy with bootstrap intervals and per-class changes, "
        + "trade-off charts, rooflines, per-layer tables, how each candidate was made. Arguments are model files, "
        + "bundled ids or experiment ids.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "MODEL|EXPERIMENT", description = "The baseline, then the candidates.")
    private List<String> arguments = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.html|OUT.pdf|OUT.csv|OUT.json",
            description = "Where to write the report; the format follows the ending.")
    private Path output;

    @Option(names = "--remeasure", description = "Measure stored experiments again (their models must be stored).")
    private boolean remeasure;

    @Mixin
    private EvaluationData data;

    @Mixin
    private BudgetArguments budget;

    @Mixin
    private RecordingArguments recording;

    @Override
    public Integer call() throws Exception {
        GainReportFiles.requireKnownFormat(output);
        List<Path> inputs = new ArrayList<>(arguments.stream().map(Path::of).toList());
        inputs.add(data.path());
        OutputPaths.requireDistinct(output, inputs.toArray(Path[]::new));
        Budget limits = budget.budget();
        PrintWriter out = spec.commandLine().getOut();
        ModelSource source = new ModelSource();
        List<ReportSubject> subjects = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        try (Workspace workspace = recording.workspace()) {
            for (String argument : arguments) {
                if (isModel(argument, source)) {
                    models.add(source.open(argument, ProgressListener.NONE));
                    continue;
                }
                ExperimentRecord record = workspace.find(experimentId(workspace, argument)).orElseThrow();
                if (remeasure || !StoredSubjects.measured(record)) {
                    models.add(storedModel(workspace, record, source));
                } else {
                    subjects.add(StoredSubjects.of(workspace, record, subjects.isEmpty() ? null : subjects.get(0).record()));
                }
            }
        }
        if (!models.isEmpty()) {
            if (!subjects.isEmpty()) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "some arguments are stored experiments and some "
                        + "must be measured: give --remeasure to measure all of them side by side");
            }
            MeasuredComparison comparison;
            try (ConsoleProgress progress = ConsoleProgress.start("measuring " + models.size() + " models")) {
                comparison = MeasuredComparison.of(arguments, models, data.plan(), progress);
            }
            try (ExperimentRecorder recorder = recording.open()) {
                recorder.recordMeasured(comparison.recordings(), out);
            }
            subjects = comparison.subjects();
        }
        write(subjects, limits, output, out, spec.commandLine().getErr());
        out.flush();
        return 0;
    }

    /**
     * Builds the report of {@code subjects} (with this machine's ceilings, measured first when not cached, saying so on
     * {@code err}) and writes it to {@code file}, printing one line per verdict on {@code out}.
     */
    static void write(List<ReportSubject> subjects, Budget budget, Path file, PrintWriter out, PrintWriter err)
            throws TensorscopeException {
        GainReport report = GainReportFiles.writeNow(subjects, budget, CeilingsCommand.announcing(err),
                ProgressListener.NONE, file);
        for (Verdict v : report.verdicts()) {
            out.println((v.meets() ? "meets  " : "misses ") + v.candidate() + ": " + String.join("; ", v.reasons()));
        }
        out.println("wrote report " + file);
    }

    private static String experimentId(Workspace workspace, String argument) throws TensorscopeException {
        try {
            return workspace.resolveId(argument);
        } catch (TensorscopeException e) {
            if (e.code() != ErrorCode.BAD_ARGUMENT || e.getMessage().startsWith("more than one")) {
                throw e;
            }
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "'" + argument + "' is neither a model file, a "
                    + "bundled model nor an experiment in " + workspace.file() + " (see 'tensorscope models' and "
                    + "'tensorscope experiments list')");
        }
    }

    private static boolean isModel(String argument, ModelSource source) {
        return Files.exists(Path.of(argument)) || source.isBundled(argument);
    }

    private static Model storedModel(Workspace workspace, ExperimentRecord record, ModelSource source)
            throws TensorscopeException {
        Optional<Path> stored = workspace.storedModel(record.modelSha256());
        if (stored.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "experiment " + record.id() + " (" + record.name()
                    + ") has no stored model to measure (originals are recorded by digest): give its model file instead");
        }
        return source.open(stored.get().toString(), ProgressListener.NONE);
    }
}
