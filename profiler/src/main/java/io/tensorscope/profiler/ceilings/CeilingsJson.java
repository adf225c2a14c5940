package io.tensorscope.profiler.ceilings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of {@link MachineCeilings} ({@code tensorscope ceilings --json} and the cache):
 * {@code {"machine": {...}, "measured_at", "cpu": {"threads", "peak_gflops": {"fp32", "int8"},
 * "bandwidth_gbps": {"l1", "l2", "l3", "dram"}, "sweep": [...]}, "cpu_single_thread": {...},
 * "gpu": null | {...}, "gpu_absent_reason", "notes": [...]}}.
 */
public final class CeilingsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CeilingsJson() {
    }

    /** @return the JSON tree of {@code ceilings} */
    public static ObjectNode toJson(MachineCeilings ceilings) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode machine = root.putObject("machine");
        machine.put("cpu_model", ceilings.cpuModel());
        machine.put("logical_cores", ceilings.logicalCores());
        machine.put("runtime", ceilings.runtime());
        ObjectNode caches = machine.putObject("caches");
        caches.put("l1_bytes", ceilings.caches().l1Bytes());
        caches.put("l2_bytes", ceilings.caches().l2Bytes());
        caches.put("l3_bytes", ceilings.caches().l3Bytes());
        caches.put("detected", ceilings.caches().detected());
        root.put("measured_at", ceilings.measuredAt().toString());
        root.set("cpu", threadJson(ceilings.allThreads()));
        root.set("cpu_single_thread", threadJson(ceilings.singleThread()));
        if (ceilings.gpu().present()) {
            ObjectNode gpu = root.putObject("gpu");
            gpu.put("device", ceilings.gpu().device());
            gpu.put("fp32_gflops", ceilings.gpu().fp32Gflops());
            gpu.put("copy_gbps", ceilings.gpu().copyGbps());
        } else {
            root.putNull("gpu");
            root.put("gpu_absent_reason", ceilings.gpu().absenceReason());
        }
        ceilings.notes().forEach(root.putArray("notes")::add);
        return root;
    }

    private static ObjectNode threadJson(ThreadCeilings t) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("threads", t.threads());
        ObjectNode peaks = node.putObject("peak_gflops");
        for (Precision p : Precision.values()) {
            t.peak(p).ifPresent(v -> peaks.put(p.key(), v));
        }
        ObjectNode bandwidth = node.putObject("bandwidth_gbps");
        for (MemoryLevel level : MemoryLevel.values()) {
            t.bandwidth(level).ifPresent(v -> bandwidth.put(level.key(), v));
        }
        for (BandwidthSample s : t.sweep()) {
            node.withArray("sweep").addObject().put("working_set_bytes", s.workingSetBytes()).put("gbps", s.gbPerSecond());
        }
        return node;
    }

    /**
     * @return the ceilings read back from {@link #toJson}'s form
     * @throws IllegalArgumentException if a required field is missing or malformed
     */
    public static MachineCeilings fromJson(JsonNode root) {
        JsonNode machine = required(root, "machine");
        JsonNode caches = required(machine, "caches");
        JsonNode gpu = root.path("gpu");
        GpuCeilings gpuCeilings = gpu.isObject()
                ? new GpuCeilings(gpu.path("device").asText(), gpu.path("fp32_gflops").asDouble(),
                gpu.path("copy_gbps").asDouble(), "")
                : GpuCeilings.absent(root.path("gpu_absent_reason").asText("not measured"));
        List<String> notes = new ArrayList<>();
        root.path("notes").forEach(n -> notes.add(n.asText()));
        return new MachineCeilings(required(machine, "cpu_model").asText(), required(machine, "logical_cores").asInt(),
                required(machine, "runtime").asText(),
                new CacheSizes(caches.path("l1_bytes").asLong(), caches.path("l2_bytes").asLong(),
                        caches.path("l3_bytes").asLong(), caches.path("detected").asBoolean()),
                Instant.parse(required(root, "measured_at").asText()), threadFromJson(required(root, "cpu_single_thread")),
                threadFromJson(required(root, "cpu")), gpuCeilings, notes);
    }

    private static ThreadCeilings threadFromJson(JsonNode node) {
        Map<Precision, Double> peaks = new EnumMap<>(Precision.class);
        for (Precision p : Precision.values()) {
            JsonNode v = node.path("peak_gflops").path(p.key());
            if (v.isNumber()) {
                peaks.put(p, v.asDouble());
            }
        }
        Map<MemoryLevel, Double> bandwidth = new EnumMap<>(MemoryLevel.class);
        for (MemoryLevel level : MemoryLevel.values()) {
            JsonNode v = node.path("bandwidth_gbps").path(level.key());
            if (v.isNumber()) {
                bandwidth.put(level, v.asDouble());
            }
        }
        List<BandwidthSample> sweep = new ArrayList<>();
        node.path("sweep").forEach(s -> sweep.add(new BandwidthSample(s.path("working_set_bytes").asLong(),
                s.path("gbps").asDouble())));
        return new ThreadCeilings(required(node, "threads").asInt(), bandwidth, peaks, sweep);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return value;
    }
}
