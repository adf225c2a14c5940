package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tensorscope experiments export ID -o OUT.onnx}: writes an experiment's stored model (atomically). */
@Command(name = "export", description = "Write the model an experiment made, as stored in the workspace.")
public final class ExperimentsExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "ID", description = "The experiment's id, or its first 4 or more characters.")
    private String id;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.onnx", description = "Where to write it.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace open = workspace.open()) {
            ExperimentRecord record = open.find(open.resolveId(id)).orElseThrow();
            Path stored = open.storedModel(record.modelSha256()).orElseThrow(() -> new TensorscopeException(
                    ErrorCode.BAD_ARGUMENT, "experiment " + record.id() + " (" + record.name() + ") has no stored "
                    + "model: an original is recorded by its digest only, its file is the one you gave"));
            OutputPaths.requireDistinct(output, stored, open.file());
            AtomicFiles.write(output, to -> Files.copy(stored, to));
            out.println("wrote " + output + " (" + Files.size(stored) + " bytes, sha256 " + record.modelSha256() + ")");
        }
        out.flush();
        return 0;
    }
}
