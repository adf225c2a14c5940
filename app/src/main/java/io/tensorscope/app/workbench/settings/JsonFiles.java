package io.tensorscope.app.workbench.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and writes the small JSON settings files (snake_case keys): reads forgive, writes are all-or-nothing. */
final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    /** @return the file's content as {@code type}, or empty when the file is missing, unreadable or not such JSON */
    static <T> Optional<T> read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readValue(file.toFile(), type));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes {@code value} as JSON to {@code file} through a temporary file moved over it; creates the folder.
     *
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the folder cannot be created or the file written
     */
    static void write(Path file, Object value) throws TensorscopeException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot create the settings folder "
                    + file.toAbsolutePath().getParent() + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(file, out -> MAPPER.writeValue(out, value));
    }
}
