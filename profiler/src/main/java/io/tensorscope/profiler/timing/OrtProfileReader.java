package io.tensorscope.profiler.timing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.runtime.OnnxRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the JSON trace ONNX Runtime's profiler writes: {@code model_run} events (category {@code Session})
 * delimit the runs, {@code <node>_kernel_time} events (category {@code Node}) time each kernel, with its
 * op type, provider, thread and the shapes it ran on in {@code args}.
 */
public final class OrtProfileReader {

    private static final String KERNEL_SUFFIX = "_kernel_time";
    private static final Map<String, Integer> BYTES_PER_ELEMENT = Map.ofEntries(
            Map.entry("float", 4), Map.entry("double", 8), Map.entry("float16", 2), Map.entry("bfloat16", 2),
            Map.entry("int8", 1), Map.entry("uint8", 1), Map.entry("int16", 2), Map.entry("uint16", 2),
            Map.entry("int32", 4), Map.entry("uint32", 4), Map.entry("int64", 8), Map.entry("uint64", 8),
            Map.entry("bool", 1));

    private OrtProfileReader() {
    }

    /**
     * @param file           the profiler's JSON file
     * @param warmupRuns     leading runs to drop (their kernels too)
     * @return the timed runs and their kernels
     * @throws TensorscopeException {@code INTERNAL} if the file is missing or not ONNX Runtime's format
     */
    public static OrtProfile read(Path file, int warmupRuns) throws TensorscopeException {
        JsonNode events;
        try {
            events = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.INTERNAL, "cannot read ONNX Runtime's profile " + file + ": "
                    + e.getMessage(), e);
        }
        if (events == null || !events.isArray()) {
            throw new TensorscopeException(ErrorCode.INTERNAL, "ONNX Runtime's profile " + file + " is not a JSON array");
        }
        List<long[]> runWindows = new ArrayList<>();
        for (JsonNode e : events) {
            if ("Session".equals(e.path("cat").asText()) && "model_run".equals(e.path("name").asText())) {
                long start = e.path("ts").asLong();
                runWindows.add(new long[] {start, start + e.path("dur").asLong()});
            }
        }
        runWindows.sort((a, b) -> Long.compare(a[0], b[0]));
        List<Long> runMicros = new ArrayList<>();
        for (int r = warmupRuns; r < runWindows.size(); r++) {
            runMicros.add(runWindows.get(r)[1] - runWindows.get(r)[0]);
        }
        List<KernelEvent> kernels = new ArrayList<>();
        for (JsonNode e : events) {
            String name = e.path("name").asText();
            if (!"Node".equals(e.path("cat").asText()) || !name.endsWith(KERNEL_SUFFIX)) {
                continue;
            }
            long start = e.path("ts").asLong();
            int run = runOf(runWindows, start) - warmupRuns;
            if (run < 0) {
                continue;
            }
            JsonNode args = e.path("args");
            kernels.add(new KernelEvent(name.substring(0, name.length() - KERNEL_SUFFIX.length()),
                    args.path("op_name").asText(), args.path("provider").asText(), e.path("tid").asLong(), start,
                    e.path("dur").asLong(), run, bytesOf(args.path("input_type_shape")) + bytesOf(args.path("output_type_shape")),
                    args.path("input_type_shape").size()));
        }
        kernels.sort((a, b) -> Long.compare(a.startMicros(), b.startMicros()));
        return new OrtProfile(runMicros, kernels);
    }

    /**
     * @param directory the folder a runner with {@code RunOptions.profileInto(directory)} profiled into, after the
     *                  runner closed
     * @return the profile file ONNX Runtime wrote there
     * @throws TensorscopeException {@code INTERNAL} if there is none
     */
    public static Path findIn(Path directory) throws TensorscopeException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(OnnxRunner.PROFILE_PREFIX)).findFirst()
                    .orElseThrow(() -> new TensorscopeException(ErrorCode.INTERNAL, "ONNX Runtime wrote no profile"));
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.INTERNAL, "cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** @return index of the run window (sorted by start, disjoint) holding {@code micros}, or -1 */
    private static int runOf(List<long[]> windows, long micros) {
        int low = 0;
        int high = windows.size() - 1;
        int candidate = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (windows.get(middle)[0] <= micros) {
                candidate = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return candidate >= 0 && micros <= windows.get(candidate)[1] ? candidate : -1;
    }

    /** @return bytes of a list like {@code [{"float":[1,128,384]}, {"int64":[2]}]}; unknown types count 4 bytes */
    static long bytesOf(JsonNode typedShapes) {
        long total = 0;
        for (JsonNode typed : typedShapes) {
            var fields = typed.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                long elements = 1;
                for (JsonNode dim : field.getValue()) {
                    elements *= Math.max(0, dim.asLong());
                }
                total += elements * BYTES_PER_ELEMENT.getOrDefault(field.getKey(), 4);
            }
        }
        return total;
    }
}
