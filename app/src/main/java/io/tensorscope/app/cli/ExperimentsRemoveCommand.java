package io.tensorscope.app.cli;

import io.tensorscope.profiler.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tensorscope experiments rm ID [--recursive]}: removes an experiment (and what was made from it). */
@Command(name = "rm", description = "Remove an experiment; one with children only with --recursive (they go too). "
        + "Model files stay until 'tensorscope experiments gc'.")
public final class ExperimentsRemoveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "ID", description = "The experiment's id, or its first 4 or more characters.")
    private String id;

    @Option(names = {"-r", "--recursive"}, description = "Also remove every experiment made from it, at any depth.")
    private boolean recursive;

    @Override
    public Integer call() throws Exception {
        List<String> removed;
        try (Workspace open = workspace.open()) {
            removed = open.remove(open.resolveId(id), recursive);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("removed " + removed.size() + " experiment(s): " + String.join(", ", removed)
                + "; 'tensorscope experiments gc' frees model files no experiment uses");
        out.flush();
        return 0;
    }
}
