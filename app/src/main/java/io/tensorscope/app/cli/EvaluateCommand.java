package io.tensorscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.DatasetKind;
import io.tensorscope.engine.data.UserDatasets;
import io.tensorscope.engine.evaluate.DatasetEvaluator;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.report.EvaluationJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tensorscope evaluate MODEL --dataset ID}: accuracy (and fidelity to a reference) on a real data set. */
@Command(name = "evaluate", description = "Score a model on a data set: top-1 accuracy for images, k-NN accuracy of "
        + "the embeddings (and cosine fidelity to --reference) for texts.")
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model file or bundled id.")
    private String model;

    @Mixin
    private EvaluationData data;

    @Option(names = "--reference", paramLabel = "MODEL", description = "For texts: the model to compare embeddings with.")
    private String reference;

    @Option(names = "--threads", paramLabel = "N", description = "Intra-op threads (default: all cores).")
    private Integer threads;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON to FILE.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        data.requireDataset();
        if (reference != null && DatasetEvaluator.isImages(data.dataset())) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--reference compares text embeddings; "
                    + data.dataset() + " is scored as images (top-1 against its labels)");
        }
        OutputPaths.requireDistinct(json, Path.of(model), Path.of(data.dataset()),
                reference == null ? null : Path.of(reference));
        ModelSource source = new ModelSource();
        Model loaded = source.open(model, ProgressListener.NONE);
        Model referenceModel = reference == null ? null : source.open(reference, ProgressListener.NONE);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Evaluation evaluation;
        try {
            evaluation = DatasetEvaluator.evaluate(loaded, referenceModel, data.dataset(), data.samples(), n,
                    ProgressListener.NONE);
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        Optional<String> classRule = DatasetKind.of(data.dataset()).filter(k -> k == DatasetKind.IMAGE_FOLDER)
                .isPresent() ? Optional.of(UserDatasets.imageClasses(Path.of(data.dataset())).rule()) : Optional.empty();
        if (json != null) {
            ObjectNode root = EvaluationJson.evaluation(evaluation);
            classRule.ifPresent(rule -> root.put("class_rule", rule));
            JsonFiles.write(root, json);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s on %s (%d samples): %s %.2f %%%n", loaded.name(), evaluation.dataset(),
                evaluation.samples(), evaluation.metric(), 100 * evaluation.value());
        classRule.ifPresent(rule -> out.println("  classes: " + rule));
        evaluation.details().forEach((k, v) -> out.printf(Locale.ROOT, "  %s: %s%n", k.replace('_', ' '),
                v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString(v.longValue()) : String.format(Locale.ROOT, "%.4f", v)));
        out.flush();
        return 0;
    }
}
