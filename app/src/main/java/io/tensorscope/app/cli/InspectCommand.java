package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.advice.AdviceInput;
import io.tensorscope.profiler.report.AnalysisJson;
import io.tensorscope.profiler.report.AnalysisText;
import io.tensorscope.profiler.report.JsonFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tensorscope inspect MODEL}: graph summary and per-node shapes, parameters, FLOPs and bytes. */
@Command(name = "inspect", description = "Summarise a model and cost every node (shapes, params, FLOPs, bytes); "
        + "with --advice, what to do about it.")
public final class InspectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelArguments arguments;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the analysis as JSON to FILE.")
    private Path json;

    @Mixin
    private AdviceArguments advice;

    @Override
    public Integer call() throws Exception {
        OutputPaths.requireDistinct(json, Path.of(arguments.model()));
        InputSizes sizes = arguments.sizes();
        ModelAnalysis analysis;
        Model loaded;
        try {
            loaded = new ModelSource().open(arguments.model(), ProgressListener.NONE);
            analysis = ModelAnalyzer.analyze(loaded, sizes, ProgressListener.NONE);
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        advice.check(AdviceInput.of(loaded, analysis));
        if (json != null) {
            JsonFiles.write(advice.addedTo(AnalysisJson.toJson(analysis)), json);
        }
        PrintWriter out = spec.commandLine().getOut();
        AnalysisText.write(analysis, out);
        advice.print(out);
        out.flush();
        return 0;
    }
}
