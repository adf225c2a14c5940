package io.tensorscope.app.cli;

import io.tensorscope.profiler.report.HumanUnits;
import io.tensorscope.profiler.workspace.FreedSpace;
import io.tensorscope.profiler.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tensorscope experiments gc}: deletes the stored model files no experiment uses. */
@Command(name = "gc", description = "Delete the stored model files no recorded experiment uses (and files of "
        + "interrupted writes); prints what it freed.")
public final class ExperimentsGcCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspace;

    @Override
    public Integer call() throws Exception {
        FreedSpace freed;
        try (Workspace open = workspace.open()) {
            freed = open.collectGarbage();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("removed " + freed.modelFiles() + " unused model file(s) and " + freed.leftovers()
                + " temporary file(s): freed " + HumanUnits.bytes(freed.bytes()) + " (" + freed.bytes() + " bytes)");
        out.flush();
        return 0;
    }
}
