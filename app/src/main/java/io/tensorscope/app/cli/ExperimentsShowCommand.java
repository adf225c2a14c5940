package io.tensorscope.app.cli;

import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.report.ExperimentRecordJson;
import io.tensorscope.profiler.report.ExperimentRecordText;
import io.tensorscope.profiler.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tensorscope experiments show ID [--json]}: everything recorded of one experiment. */
@Command(name = "show", description = "Everything recorded of an experiment: lineage, model, machine, latency, score, "
        + "the pipeline spec that replays it and every step's report.")
public final class ExperimentsShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "ID", description = "The experiment's id, or its first 4 or more characters.")
    private String id;

    @Option(names = "--json", description = "Print the experiment record as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PassRegistry registry = PassRegistry.standard();
        try (Workspace open = workspace.open()) {
            String full = open.resolveId(id);
            ExperimentRecord record = open.find(full).orElseThrow();
            if (json) {
                out.println(ExperimentRecordJson.write(record, registry).toPrettyString());
            } else {
                ExperimentRecordText.write(record, open.children(full),
                        open.storedModel(record.modelSha256()).orElse(null), registry, out);
            }
        }
        out.flush();
        return 0;
    }
}
