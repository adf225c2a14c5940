package io.tensorscope.profiler.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;
import java.nio.file.Path;

/**
 * Writes JSON documents atomically (a failed write leaves no half-written file), indented, with floating-point numbers
 * free of binary noise ({@link CleanNumbers}).
 */
public final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonFiles() {
    }

    /**
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the folder is missing or the write fails
     */
    public static void write(JsonNode json, Path file) throws TensorscopeException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator generator = new CleanNumbers(MAPPER.createGenerator(out))) {
                MAPPER.writeValue(generator, json);
            }
        });
    }
}
