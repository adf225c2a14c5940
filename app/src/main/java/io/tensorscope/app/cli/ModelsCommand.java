package io.tensorscope.app.cli;

import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.report.HumanUnits;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tensorscope models}: the bundled models, one per line: id, task, params, size. */
@Command(name = "models", description = "List the bundled models: id, task, parameters, size on disk.")
public final class ModelsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ModelSource source = new ModelSource();
        PrintWriter out = spec.commandLine().getOut();
        for (BundledAsset asset : source.bundledModels()) {
            ModelAnalysis analysis = ModelAnalyzer.analyze(source.openBundled(asset, ProgressListener.NONE),
                    InputSizes.defaults(), ProgressListener.NONE);
            out.printf(Locale.ROOT, "%-10s  %-22s  %8s params  %9s  %s%n", asset.id(), asset.task(),
                    HumanUnits.count(analysis.totals().params()), HumanUnits.bytes(analysis.summary().sizeBytes()),
                    asset.name());
        }
        out.flush();
        return 0;
    }
}
