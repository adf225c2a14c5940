package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.quantize.CalibrationMethod;
import io.tensorscope.engine.quantize.Exclusions;
import io.tensorscope.engine.quantize.PassResult;
import io.tensorscope.engine.quantize.QuantizationMode;
import io.tensorscope.engine.quantize.QuantizationSettings;
import io.tensorscope.engine.quantize.Quantizer;
import io.tensorscope.engine.runtime.OnnxRunner;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.report.PassReportText;
import io.tensorscope.profiler.report.QuantizationJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tensorscope quantize MODEL -o OUT.onnx}: int8 (dynamic or static QDQ) or fp16, checked by ONNX Runtime. */
@Command(name = "quantize", description = "Quantize a model to int8 (dynamic, or static QDQ with calibration) or "
        + "convert it to fp16; the output is plain ONNX, loaded by ONNX Runtime before it is kept.")
public final class QuantizeCommand implements Callable<Integer> {

    private static final int TENSORS_LISTED = 12;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model file (.onnx, TF.js model.json) or bundled id.")
    private String model;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.onnx", description = "Where to write the result.")
    private Path output;

    @Option(names = "--mode", defaultValue = "dynamic", paramLabel = "dynamic|static|fp16",
            description = "dynamic int8, static int8 (QDQ, calibrated) or fp16 (default ${DEFAULT-VALUE}).")
    private QuantizationMode mode;

    @Option(names = "--per-channel", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "One weight scale per output channel (default); --no-per-channel for one per tensor.")
    private boolean perChannel;

    @Option(names = "--calibration", defaultValue = "minmax", paramLabel = "minmax|percentile|entropy",
            description = "How static mode picks activation ranges (default ${DEFAULT-VALUE}).")
    private CalibrationMethod calibration;

    @Option(names = "--dataset", paramLabel = "ID|PATH", description = "Calibration data for static mode: mnist "
            + "(its training digits), spam-assassin, a folder of images with labels.csv, or a CSV of text,label.")
    private String dataset;

    @Option(names = "--samples", defaultValue = "500", description = "Calibration samples (default ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--exclude", split = ",", paramLabel = "NODE", description = "Nodes to keep in float.")
    private List<String> excludeNodes = new ArrayList<>();

    @Option(names = "--exclude-op", split = ",", paramLabel = "OP", description = "Op types to keep in float.")
    private List<String> excludeOps = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the pass report (every tensor's scales) as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        QuantizationSettings settings = new QuantizationSettings(mode, perChannel, calibration, dataset, samples,
                new Exclusions(new HashSet<>(excludeNodes), new HashSet<>(excludeOps))).validate();
        Model loaded = new ModelSource().open(model, ProgressListener.NONE);
        for (String node : excludeNodes) {
            if (loaded.graph().getNodeList().stream().noneMatch(n -> n.getName().equals(node))) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--exclude names no node of " + loaded.name() + ": " + node);
            }
        }
        PassResult result;
        try {
            result = Quantizer.apply(loaded, settings, ProgressListener.NONE);
            try (OnnxRunner check = OnnxRunner.open(result.model(), RunOptions.builder().threads(1).build())) {
                // loading is the check: ONNX Runtime validates the graph and finds a kernel for every node
            }
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        ModelWriter.write(result.model(), output);
        if (json != null) {
            JsonFiles.write(QuantizationJson.report(result.report()), json);
        }
        PrintWriter out = spec.commandLine().getOut();
        PassReportText.write(result.report(), TENSORS_LISTED, out);
        out.println("wrote " + output + " (ONNX Runtime loads it)");
        out.flush();
        return 0;
    }
}
