package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.report.AnalysisJson;
import io.tensorscope.profiler.report.AnalysisText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tensorscope inspect MODEL}: graph summary and per-node shapes, parameters, FLOPs and bytes. */
@Command(name = "inspect", description = "Summarise a model and cost every node (shapes, params, FLOPs, bytes).")
public final class InspectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelArguments arguments;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the analysis as JSON to FILE.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        OutputPaths.requireDistinct(json, Path.of(arguments.model()));
        InputSizes sizes = arguments.sizes();
        ModelAnalysis analysis;
        try {
            Model loaded = new ModelSource().open(arguments.model(), ProgressListener.NONE);
            analysis = ModelAnalyzer.analyze(loaded, sizes, ProgressListener.NONE);
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        if (json != null) {
            AnalysisJson.write(analysis, json);
        }
        PrintWriter out = spec.commandLine().getOut();
        AnalysisText.write(analysis, out);
        out.flush();
        return 0;
    }
}
