package io.tensorscope.engine.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.io.AtomicFiles;
import io.tensorscope.engine.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of a training run after an epoch, in a folder (next to the output: {@code OUT.onnx.checkpoint/}):
 * {@value #MODEL} (the ONNX model with the weights so far), {@value #OPTIMIZER} (the optimiser's momentum or moments,
 * DJL's NDList encoding) and {@value #STATE} (epochs done with their loss and validation accuracy, steps, and the
 * settings a resumed run must share). Each file is written atomically; the state last, so it never names a model that
 * is not there.
 *
 * @param model    the model after {@code epochs.size()} epochs
 * @param epochs   the finished epochs
 * @param steps    optimiser steps taken
 * @param settings what a resumed run must match (seed, batch, samples, optimiser …), as {@link #settings} words it
 */
record Checkpoint(Model model, List<EpochStats> epochs, int steps, String settings) {

    static final String MODEL = "model.onnx";
    static final String OPTIMIZER = "optimizer.ndlist";
    static final String STATE = "state.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return the checkpoint folder of an output file: {@code OUT.onnx.checkpoint} beside it */
    static Path folderOf(Path output) {
        return output.resolveSibling(output.getFileName() + ".checkpoint");
    }

    /** @return the settings that fix a run's trajectory, in words (a resumed run must have the same) */
    static String settings(TrainingOptions o, Teacher teacher) {
        return "optimizer " + o.optimizer().name().toLowerCase(java.util.Locale.ROOT) + ", lr " + o.learningRate()
                + ", momentum " + o.momentum() + ", batch " + o.batchSize() + ", samples " + o.samples() + ", seed "
                + o.seed() + ", freeze-until '" + o.freezeUntil() + "'" + (teacher == null ? ", no teacher"
                : ", temperature " + teacher.temperature() + ", alpha " + teacher.alpha());
    }

    /** Writes the model, the optimiser state and the run state into {@code folder} (created if needed). */
    static void save(Path folder, Model model, NDList optimizer, List<EpochStats> epochs, int steps, String settings)
            throws TensorscopeException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new TensorscopeException(AtomicFiles.isDiskFull(e) ? ErrorCode.DISK_FULL : ErrorCode.UNREADABLE_FILE,
                    "cannot create the checkpoint folder " + folder + ": " + e.getMessage(), e);
        }
        ModelWriter.write(model, folder.resolve(MODEL));
        byte[] encoded = optimizer.encode();
        AtomicFiles.write(folder.resolve(OPTIMIZER), out -> out.write(encoded));
        ObjectNode state = JSON.createObjectNode().put("steps", steps).put("settings", settings);
        ArrayNode list = state.putArray("epochs");
        epochs.forEach(e -> list.addObject().put("epoch", e.epoch()).put("train_loss", e.trainLoss())
                .put("validation_accuracy", e.validationAccuracy()).put("images_per_second", e.imagesPerSecond()));
        byte[] text = state.toPrettyString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(STATE), out -> out.write(text));
    }

    /**
     * @return the checkpoint in {@code folder}
     * @throws TensorscopeException {@code BAD_ARGUMENT} when there is none; {@code UNREADABLE_FILE} or
     *                              {@code INVALID_MODEL} when its files cannot be read
     */
    static Checkpoint load(Path folder) throws TensorscopeException {
        Path state = folder.resolve(STATE);
        if (!Files.isRegularFile(state)) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "nothing to resume: no checkpoint at " + folder
                    + " (it is written after each epoch of a run with the same output)");
        }
        try {
            JsonNode root = JSON.readTree(state.toFile());
            List<EpochStats> epochs = new ArrayList<>();
            for (JsonNode e : root.path("epochs")) {
                epochs.add(new EpochStats(e.path("epoch").asInt(), e.path("train_loss").asDouble(),
                        e.path("validation_accuracy").asDouble(), e.path("images_per_second").asDouble()));
            }
            Model model = new ModelSource().open(folder.resolve(MODEL).toString(), ProgressListener.NONE);
            return new Checkpoint(model, epochs, root.path("steps").asInt(), root.path("settings").asText());
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read the checkpoint " + state + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return the optimiser state saved with this checkpoint, in {@code manager} */
    static NDList optimizerState(Path folder, NDManager manager) throws TensorscopeException {
        try {
            return NDList.decode(manager, Files.readAllBytes(folder.resolve(OPTIMIZER)));
        } catch (IOException | RuntimeException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read the optimiser state in " + folder
                    + ": " + e.getMessage(), e);
        }
    }
}
