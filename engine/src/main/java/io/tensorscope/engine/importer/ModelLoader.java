package io.tensorscope.engine.importer;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.spi.ModelImporter;
import io.tensorscope.engine.importer.tfjs.TfjsLayersImporter;
import io.tensorscope.engine.model.GraphValidator;
import io.tensorscope.engine.model.TensorChecks;
import io.tensorscope.engine.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens a model file of any supported format, by content rather than by extension, and validates
 * it: a DAG with every input defined, default-domain opset {@value #MIN_OPSET} or newer, external
 * weight files present. Never returns a half-read model.
 */
public final class ModelLoader {

    /** Oldest default-domain opset Tensorscope reads. */
    public static final long MIN_OPSET = 7;

    private static final int HEAD_BYTES = 4096;

    private final List<ModelImporter> importers;

    /** A loader for every built-in format. */
    public ModelLoader() {
        this(List.of(new TfjsLayersImporter(), new OnnxReader()));
    }

    /** @param importers tried in order; the first that accepts a file reads it */
    public ModelLoader(List<ModelImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /**
     * @param file     model file chosen by the user
     * @param progress progress and cancellation
     * @return the validated model
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the file cannot be read, {@code INVALID_MODEL}
     *                              if it is empty, corrupt, of an unknown format or an invalid graph,
     *                              {@code OUT_OF_MEMORY} if it does not fit in the heap
     */
    public Model load(Path file, ProgressListener progress) throws TensorscopeException {
        byte[] head = head(file);
        progress.onProgress(0.05, "reading " + file.getFileName());
        ModelImporter importer = importers.stream().filter(i -> i.accepts(file, head)).findFirst()
                .orElseThrow(() -> new TensorscopeException(ErrorCode.INVALID_MODEL,
                        file.getFileName() + " is in no format Tensorscope reads (ONNX, TF.js layers)"));
        Model model;
        try {
            model = importer.importModel(file, progress);
        } catch (OutOfMemoryError e) {
            throw new TensorscopeException(ErrorCode.OUT_OF_MEMORY, file.getFileName()
                    + " does not fit in memory: raise the heap (-Xmx) or use external weight files", e);
        }
        progress.checkCancelled();
        progress.onProgress(0.8, "validating graph");
        long opset = model.opsetVersion();
        if (opset < MIN_OPSET) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, file.getFileName() + " uses opset " + opset
                    + "; Tensorscope reads opset " + MIN_OPSET + " and newer (convert it with onnx.version_converter)");
        }
        GraphValidator.topologicalOrder(model.graph());
        TensorChecks.check(model.graph());
        progress.onProgress(1.0, "loaded " + model.nodeCount() + " nodes");
        return model;
    }

    private static byte[] head(Path file) throws TensorscopeException {
        if (!Files.exists(file)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, file + " is a folder; choose the model file in it");
        }
        if (!Files.isRegularFile(file)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, file + " is not a regular file (a pipe or device?)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            if (head.length == 0) {
                throw new TensorscopeException(ErrorCode.INVALID_MODEL, file.getFileName() + " is empty (0 bytes)");
            }
            return head;
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
