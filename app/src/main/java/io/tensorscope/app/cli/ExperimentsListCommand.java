package io.tensorscope.app.cli;

import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.report.ExperimentListReport;
import io.tensorscope.profiler.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tensorscope experiments list [--model M] [--json]}: the recorded experiments, newest first. */
@Command(name = "list", description = "The recorded experiments, newest first: id, time, name, parent, model, size, "
        + "median latency, score.")
public final class ExperimentsListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspace;

    @Option(names = "--model", paramLabel = "M", description = "Only this model's: a bundled id, a model file (by its "
            + "name) or the first 6 or more hex digits of its SHA-256.")
    private String model;

    @Option(names = "--json", description = "Print JSON (full ids and digests) instead of the table.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        List<ExperimentRow> rows;
        try (Workspace open = workspace.open()) {
            rows = open.list(model == null ? null : Path.of(model).getFileName().toString());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ExperimentListReport.toJson(rows).toPrettyString());
        } else {
            ExperimentListReport.write(rows, out);
        }
        out.flush();
        return 0;
    }
}
