package io.tensorscope.engine.importer.spi;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import java.nio.file.Path;

/** Reads one model file format and converts it to an ONNX {@link Model}. One implementation per format. */
public interface ModelImporter {

    /** @return short format name ({@code onnx}, {@code tfjs-layers}) */
    String format();

    /**
     * @param file the file the user chose
     * @param head its first bytes (up to 4 KiB; fewer for a short file)
     * @return true if this importer recognises the content
     */
    boolean accepts(Path file, byte[] head);

    /**
     * Reads the file (and any files it refers to) into a model. The result is validated by the caller.
     *
     * @throws TensorscopeException {@code INVALID_MODEL} with a one-line reason when the content is
     *                              corrupt, truncated or not of this format; {@code UNREADABLE_FILE}
     *                              when a referenced file is missing
     */
    Model importModel(Path file, ProgressListener progress) throws TensorscopeException;
}
