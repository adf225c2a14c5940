package io.tensorscope.app.cli;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.train.TrainingOptions;
import io.tensorscope.engine.pass.PipelineStep;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code finetune} and {@code distil} share: data set, schedule, optimiser, seed, device, resume, JSON and
 * the workspace the trained model is recorded in.
 * Epochs and learning rate are left null when not given, so each command applies its own default.
 */
public final class TrainingArguments {

    /** Where the CLI's devices are named. */
    enum DeviceChoice { CPU, GPU }

    @Option(names = "--dataset", required = true, paramLabel = "ID|PATH", description = "mnist or fashion-mnist "
            + "(trains on its 60,000 training images, scores its 10,000 test images at the end) or a folder of images with labels.csv (all "
            + "of it trains; no test split). A tenth of the training images is held out to validate each epoch.")
    private String dataset;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training images.")
    private Integer epochs;

    @Option(names = "--batch", defaultValue = "64", paramLabel = "N", description = "Images per step (default "
            + "${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--optimizer", defaultValue = "sgd", paramLabel = "sgd|adam", description = "SGD with momentum "
            + "or Adam (default ${DEFAULT-VALUE}).")
    private TrainingOptions.OptimizerKind optimizer;

    @Option(names = "--lr", paramLabel = "RATE", description = "Learning rate.")
    private Double learningRate;

    @Option(names = "--momentum", defaultValue = "0.9", paramLabel = "M", description = "SGD momentum (default "
            + "${DEFAULT-VALUE}).")
    private double momentum;

    @Option(names = "--samples", defaultValue = "0", paramLabel = "N", description = "Train on the first N images "
            + "only (default: all).")
    private int samples;

    @Option(names = "--seed", defaultValue = "2026", paramLabel = "N", description = "Seeds the hold-out, the "
            + "shuffling and new weights: the same seed gives the same model (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--device", defaultValue = "cpu", paramLabel = "cpu|gpu", description = "gpu: CUDA when DJL's "
            + "PyTorch engine has it, else the CPU with a note (default ${DEFAULT-VALUE}).")
    private DeviceChoice device;

    @Option(names = "--resume", description = "Continue from OUT.onnx.checkpoint/ (written after every epoch) with "
            + "the same settings.")
    private boolean resume;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the epochs, throughput and test score "
            + "as JSON.")
    private Path json;

    @Mixin
    private RecordingArguments recording;

    /** @return the data set id or path */
    String dataset() {
        return dataset;
    }

    /** @return whether to continue from the checkpoint */
    boolean resume() {
        return resume;
    }

    /** @return whether a GPU was asked for */
    boolean gpu() {
        return device == DeviceChoice.GPU;
    }

    /** @return the JSON report file, or null */
    Path json() {
        return json;
    }

    /** @return where the trained model is recorded */
    RecordingArguments recording() {
        return recording;
    }

    /**
     * @param pass    the step's name ({@code finetune}, {@code distil}, {@code train})
     * @param options the checked training options
     * @param extra   the command's own settings, written after the shared ones
     * @return the step recorded as the trained experiment's pipeline: every training setting written out
     */
    static PipelineStep step(String pass, TrainingOptions options, Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("epochs", Integer.toString(options.epochs()));
        settings.put("batch", Integer.toString(options.batchSize()));
        settings.put("optimizer", options.optimizer().name().toLowerCase(Locale.ROOT));
        settings.put("lr", Double.toString(options.learningRate()));
        settings.put("momentum", Double.toString(options.momentum()));
        settings.put("samples", Integer.toString(options.samples()));
        settings.put("seed", Long.toString(options.seed()));
        if (options.freezeUntil() != null && !options.freezeUntil().isEmpty()) {
            settings.put("freeze-until", options.freezeUntil());
        }
        settings.putAll(extra);
        return new PipelineStep(pass, settings);
    }

    /**
     * @param defaultEpochs       epochs when {@code --epochs} is not given
     * @param defaultLearningRate learning rate when {@code --lr} is not given
     * @param freezeUntil         node to freeze up to, or null
     * @return the options, checked
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a value out of range (lr ≤ 0, epochs &lt; 1, batch &lt; 1 …)
     */
    TrainingOptions options(int defaultEpochs, double defaultLearningRate, String freezeUntil)
            throws TensorscopeException {
        return TrainingOptions.builder().epochs(epochs == null ? defaultEpochs : epochs).batchSize(batch)
                .optimizer(optimizer).learningRate(learningRate == null ? defaultLearningRate : learningRate)
                .momentum(momentum).samples(samples).seed(seed).freezeUntil(freezeUntil).gpu(gpu()).build();
    }
}
