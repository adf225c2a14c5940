package io.tensorscope.profiler.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The figures of the last successful native reference run, kept as JSON with snake_case keys and units in key
 * names, e.g. {@code {"stream_triad_gbps_1_thread": 13.2, ..., "threads": 2, "measured_at": "2025-...Z"}}.
 * A figure that is NaN is stored as {@code null}.
 */
final class NativeReferenceStore {

    /** File name of the store inside the work folder. */
    static final String FILE_NAME = "native-reference.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String TRIAD_1 = "stream_triad_gbps_1_thread";
    private static final String TRIAD_ALL = "stream_triad_gbps_all_threads";
    private static final String SGEMM_1 = "sgemm_gflops_1_thread";
    private static final String SGEMM_ALL = "sgemm_gflops_all_threads";
    private static final String THREADS = "threads";
    private static final String MEASURED_AT = "measured_at";

    private NativeReferenceStore() {
    }

    /** Writes the figures and the instant of {@code reference} to {@code file} atomically. */
    static void save(NativeReference reference, Path file) throws TensorscopeException {
        ObjectNode json = MAPPER.createObjectNode();
        putFigure(json, TRIAD_1, reference.streamTriadGbps1Thread());
        putFigure(json, TRIAD_ALL, reference.streamTriadGbpsAllThreads());
        putFigure(json, SGEMM_1, reference.sgemmGflops1Thread());
        putFigure(json, SGEMM_ALL, reference.sgemmGflopsAllThreads());
        json.put(THREADS, reference.threads());
        json.put(MEASURED_AT, reference.measuredAt().toString());
        AtomicFiles.write(file, out -> MAPPER.writeValue(out, json));
    }

    /**
     * @return the stored figures, their source {@link NativeReference#lastRunAt(Instant)} and an empty note;
     *         empty if the file is missing or unreadable
     */
    static Optional<NativeReference> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = MAPPER.readTree(file.toFile());
            Instant measuredAt = Instant.parse(json.path(MEASURED_AT).asText());
            return Optional.of(new NativeReference(figure(json, TRIAD_1), figure(json, TRIAD_ALL),
                    figure(json, SGEMM_1), figure(json, SGEMM_ALL), json.path(THREADS).asInt(),
                    measuredAt, NativeReference.lastRunAt(measuredAt), ""));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void putFigure(ObjectNode json, String key, double value) {
        if (Double.isNaN(value)) {
            json.putNull(key);
        } else {
            json.put(key, value);
        }
    }

    private static double figure(JsonNode json, String key) {
        JsonNode value = json.path(key);
        return value.isNumber() ? value.doubleValue() : Double.NaN;
    }
}
