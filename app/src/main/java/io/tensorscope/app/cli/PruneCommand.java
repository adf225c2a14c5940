package io.tensorscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PipelineResult;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.report.PassReportJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tensorscope prune MODEL -o OUT.onnx --method magnitude|nm|channel}: a one-step pipeline (prune-magnitude,
 * prune-nm or prune-channel); each flag given becomes the pass option of the same name, checked by the pass, so a
 * value out of range or a flag the pass does not take is refused, naming the pass.
 */
@Command(name = "prune", description = "Prune a model: unstructured by weight magnitude, N:M semi-structured, or whole "
        + "channels; a one-step 'optimize'; the output is plain ONNX, loaded by ONNX Runtime before it is kept.")
public final class PruneCommand implements Callable<Integer> {

    /** Pruning methods and the passes they run. */
    enum Method {
        MAGNITUDE("prune-magnitude"),
        NM("prune-nm"),
        CHANNEL("prune-channel");

        private final String pass;

        Method(String pass) {
            this.pass = pass;
        }
    }

    /** The {@code --round} value that lets measurement choose. */
    private static final String AUTO = "auto";

    @Spec
    private CommandSpec spec;

    @Mixin
    private RewriteArguments arguments;

    @Mixin
    private RecordingArguments recording;

    @Option(names = "--method", required = true, paramLabel = "magnitude|nm|channel",
            description = "magnitude: the smallest weights set to zero; nm: N of every M weights kept; channel: whole "
                    + "channels removed.")
    private Method method;

    @Option(names = "--sparsity", paramLabel = "FRACTION", description = "Fraction of the weights (or channels) pruned, "
            + "in [0, 0.99] (default 0.5).")
    private String sparsity;

    @Option(names = "--pattern", paramLabel = "N:M", description = "nm: keep N of every M weights along the input "
            + "dimension (default 2:4).")
    private String pattern;

    @Option(names = "--criterion", paramLabel = "l1|l2|bn-gamma|activation", description = "channel: how channels are "
            + "ranked.")
    private String criterion;

    @Option(names = "--scope", paramLabel = "layer|global", description = "magnitude: the sparsity per layer, or one "
            + "threshold over all layers (default layer).")
    private String scope;

    @Option(names = "--layers", split = ",", paramLabel = "NODE", description = "Prune only these nodes.")
    private List<String> layers = new ArrayList<>();

    @Option(names = "--round", paramLabel = "N|auto", description = "channel: keep a multiple of this many channels; "
            + "auto: try 1, 8 and 16, time each against the original and keep the fastest (none slower than it).")
    private String round;

    @Option(names = "--dataset", paramLabel = "ID|PATH|random", description = "Sample inputs for methods that measure "
            + "activations: a bundled id, a folder of images with labels.csv, a CSV of text,label, or random.")
    private String dataset;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the pass report (every layer pruned) as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        putIfGiven(options, "sparsity", sparsity);
        putIfGiven(options, "pattern", pattern);
        putIfGiven(options, "criterion", criterion);
        putIfGiven(options, "scope", scope);
        putIfGiven(options, "layers", layers.isEmpty() ? null : String.join(",", layers));
        OutputPaths.requireDistinct(json, Path.of(arguments.model()), arguments.output());
        PipelineExecution execution = new PipelineExecution(recording);
        RoundingSelection rounding = null;
        if (AUTO.equals(round)) {
            if (method != Method.CHANNEL) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--round auto rounds kept channels: it needs "
                        + "--method channel");
            }
            PipelineStep step = new PipelineStep(method.pass, options);
            new PipelineSpec(dataset, List.of(step)).resolve(execution.registry());
            rounding = RoundingSelection.choose(arguments.model(), step, dataset, execution.registry(),
                    spec.commandLine().getOut());
            options.put("round", Integer.toString(rounding.round()));
        } else {
            putIfGiven(options, "round", round);
        }
        PipelineSpec pipeline = new PipelineSpec(dataset, List.of(new PipelineStep(method.pass, options)));
        PipelineResult result = execution.run(arguments.model(), pipeline, arguments.output(),
                spec.commandLine().getOut(), PruneCommand::requireSomethingPruned);
        if (json != null) {
            ObjectNode report = PassReportJson.report(result.reports().get(0));
            if (rounding != null) {
                report.set("rounding", rounding.json());
            }
            JsonFiles.write(report, json);
        }
        return 0;
    }

    /**
     * A model with nothing the method can prune is bad input, not a copy of itself: exit 2 with the pass's last (most
     * specific) warning.
     */
    private static void requireSomethingPruned(PipelineResult result) throws TensorscopeException {
        PassReport report = result.reports().get(0);
        if (report.changed().isEmpty() && !report.warnings().isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "nothing pruned, nothing written: "
                    + report.warnings().get(report.warnings().size() - 1));
        }
    }

    private static void putIfGiven(Map<String, String> options, String name, String value) {
        if (value != null) {
            options.put(name, value);
        }
    }
}
