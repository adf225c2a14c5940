package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.report.SensitivityReport;
import io.tensorscope.profiler.sensitivity.Sensitivity;
import io.tensorscope.profiler.sensitivity.SensitivityResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tensorscope sensitivity MODEL --pass PASS}: the pass on one layer at a time, each variant timed and scored. */
@Command(name = "sensitivity", description = "Apply a pass to one layer at a time (at each level for pruning), time "
        + "and score every variant, and rank the layers from most to least sensitive.")
public final class SensitivityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model file (.onnx, TF.js model.json) or bundled id.")
    private String model;

    @Option(names = "--pass", required = true, paramLabel = "PASS", description = "e.g. prune-channel, prune-magnitude, "
            + "static-int8, dynamic-int8 (see 'tensorscope passes').")
    private String pass;

    @Option(names = "--levels", split = ",", paramLabel = "L,...", description = "Sparsity levels for pruning passes "
            + "(default 0.25,0.5,0.75).")
    private List<Double> levels = new ArrayList<>(List.of(0.25, 0.5, 0.75));

    @Mixin
    private EvaluationData data;

    @Option(names = "--calibration-dataset", paramLabel = "ID|PATH|random", description = "Sample inputs for passes "
            + "that calibrate (default: the evaluation data set).")
    private String calibration;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every point and the ranking as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        if (levels.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--levels needs at least one level");
        }
        OutputPaths.requireDistinct(json, Path.of(model), data.path(),
                calibration == null ? null : Path.of(calibration));
        Model loaded = new ModelSource().open(model, ProgressListener.NONE);
        ExperimentPlan plan = data.plan();
        SensitivityResult result;
        try (ConsoleProgress progress = ConsoleProgress.start(loaded.name() + " sensitivity")) {
            result = Sensitivity.run(loaded, pass, levels, calibration != null ? calibration : data.dataset(), plan,
                    PassRegistry.standard(), progress);
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        if (json != null) {
            JsonFiles.write(SensitivityReport.json(result, PassRegistry.standard()), json);
        }
        PrintWriter out = spec.commandLine().getOut();
        SensitivityReport.write(result, out);
        out.flush();
        return 0;
    }
}
