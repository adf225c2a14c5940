package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.diff.ModelDiff;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.io.AtomicFiles;
import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.report.DiffJson;
import io.tensorscope.profiler.report.DiffText;
import io.tensorscope.profiler.report.JsonFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tensorscope diff A B}: what differs between two models, structure (nodes added, removed, changed; matched by
 * the provenance passes record, then by name, then by topology) and weights (per tensor: type, shape, relative L2
 * change, sparsity).
 */
@Command(name = "diff", description = "Compare two models' structure and weights: nodes added, removed, changed; per "
        + "tensor type, shape, relative L2 change and sparsity.")
public final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first model (file or bundled id).")
    private String before;

    @Parameters(index = "1", paramLabel = "B", description = "The second model (file or bundled id).")
    private String after;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the whole diff (every node and tensor, "
            + "unchanged ones too) as JSON to FILE.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        OutputPaths.requireDistinct(json, Path.of(before), Path.of(after));
        if (json != null) {
            AtomicFiles.requireWritable(json);
        }
        ModelDiff diff;
        try {
            ModelSource source = new ModelSource();
            Model a = source.open(before, ProgressListener.NONE);
            Model b = source.open(after, ProgressListener.NONE);
            diff = ModelDiff.of(a, b);
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        if (json != null) {
            JsonFiles.write(DiffJson.toJson(diff), json);
        }
        PrintWriter out = spec.commandLine().getOut();
        DiffText.write(diff, out);
        return 0;
    }
}
