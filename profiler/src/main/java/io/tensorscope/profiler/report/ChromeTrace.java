package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.timing.KernelEvent;
import io.tensorscope.profiler.timing.ModelProfile;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A profile as Chrome / Perfetto trace JSON ({@code chrome://tracing}, ui.perfetto.dev): one complete
 * ({@code "ph": "X"}) event per kernel execution of the timed runs, one track per runtime thread, named.
 */
public final class ChromeTrace {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int PROCESS_ID = 1;

    private ChromeTrace() {
    }

    /** @return the trace document: {@code {"traceEvents": [...], "displayTimeUnit": "ms"}} */
    public static ObjectNode toJson(ModelProfile profile) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode events = root.putArray("traceEvents");
        ObjectNode process = events.addObject().put("ph", "M").put("name", "process_name").put("pid", PROCESS_ID);
        process.putObject("args").put("name", profile.modelName() + " on " + profile.device());
        Set<Long> threads = new LinkedHashSet<>();
        for (KernelEvent e : profile.events()) {
            threads.add(e.threadId());
        }
        int index = 0;
        for (long tid : threads) {
            ObjectNode thread = events.addObject().put("ph", "M").put("name", "thread_name").put("pid", PROCESS_ID)
                    .put("tid", tid);
            thread.putObject("args").put("name", index++ == 0 ? "ONNX Runtime (main)" : "ONNX Runtime thread " + tid);
        }
        for (KernelEvent e : profile.events()) {
            ObjectNode event = events.addObject().put("ph", "X").put("name", e.kernel()).put("cat", e.opType())
                    .put("pid", PROCESS_ID).put("tid", e.threadId()).put("ts", e.startMicros()).put("dur", e.durationMicros());
            event.putObject("args").put("op_type", e.opType()).put("run", e.run()).put("bytes", e.bytesMoved())
                    .put("provider", e.provider());
        }
        root.put("displayTimeUnit", "ms");
        return root;
    }

    /** Writes the trace to {@code file} atomically. */
    public static void write(ModelProfile profile, Path file) throws TensorscopeException {
        JsonFiles.write(toJson(profile), file);
    }
}
