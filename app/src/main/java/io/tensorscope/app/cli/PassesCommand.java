package io.tensorscope.app.cli;

import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.report.PassCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tensorscope passes [--json FILE]}: the installed passes and their declared options. */
@Command(name = "passes", description = "List the optimisation passes, with every option: type, default, allowed "
        + "values, help. Use them as --step PASS:name=value,... in 'optimize'.")
public final class PassesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the list as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PassCatalog.write(PassRegistry.standard().all(), out);
        out.flush();
        if (json != null) {
            JsonFiles.write(PassCatalog.json(PassRegistry.standard().all()), json);
        }
        return 0;
    }
}
