package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PipelineJson;
import io.tensorscope.profiler.ceilings.MachineKey;
import io.tensorscope.profiler.experiment.EvaluationRecord;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.LatencyRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an {@link ExperimentRecord} (snake_case keys, units in names), and back: {@code read(write(r))}
 * equals {@code r}.
 */
public final class ExperimentRecordJson {

    /** The version written, and the newest one read. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExperimentRecordJson() {
    }

    /** @return {@code record} as JSON */
    public static ObjectNode write(ExperimentRecord record, PassRegistry registry) {
        ObjectNode root = MAPPER.createObjectNode().put("version", VERSION).put("id", record.id())
                .put("name", record.name()).put("created_at", record.createdAt().toString())
                .put("parent_id", record.parentId()).put("model_name", record.modelName())
                .put("model_sha256", record.modelSha256()).put("model_size_bytes", record.modelSizeBytes());
        root.set("pipeline", record.pipeline() == null ? null : PipelineJson.toJson(record.pipeline(), registry));
        MachineKey m = record.machine();
        root.putObject("machine").put("cpu_model", m.cpuModel()).put("logical_cores", m.logicalCores())
                .put("threads", m.threads()).put("runtime", m.runtime());
        root.put("tensorscope_version", record.tensorscopeVersion());
        LatencyRecord l = record.latency();
        if (l != null) {
            root.putObject("latency_ms").put("threads", l.threads()).put("warmup_runs", l.warmupRuns())
                    .put("runs", l.runs()).put("median", l.medianMs()).put("p10", l.p10Ms()).put("p90", l.p90Ms());
        }
        EvaluationRecord e = record.evaluation();
        if (e != null) {
            ObjectNode evaluation = root.putObject("evaluation").put("dataset", e.dataset())
                    .put("dataset_sha256", e.datasetSha256()).put("samples", e.samples()).put("metric", e.metric())
                    .put("value", e.value());
            e.details().forEach(evaluation.putObject("details")::put);
            if (e.outcomes() != null) {
                evaluation.set("outcomes", SampleOutcomesJson.write(e.outcomes()));
            }
        }
        ArrayNode reports = root.putArray("pass_reports");
        record.passReports().forEach(r -> reports.add(PassReportJson.report(r)));
        return root;
    }

    /**
     * @return the record in {@code json}
     * @throws TensorscopeException {@code INVALID_MODEL} for JSON that is not a record of a version this reads
     */
    public static ExperimentRecord read(JsonNode json) throws TensorscopeException {
        try {
            if (json.path("version").asInt(Integer.MAX_VALUE) > VERSION) {
                throw new TensorscopeException(ErrorCode.INVALID_MODEL, "experiment record version "
                        + json.path("version").asText() + " is newer than this Tensorscope reads (" + VERSION + ")");
            }
            JsonNode m = json.get("machine");
            MachineKey machine = new MachineKey(m.get("cpu_model").asText(), m.get("logical_cores").asInt(),
                    m.get("threads").asInt(), m.get("runtime").asText());
            JsonNode l = json.get("latency_ms");
            LatencyRecord latency = l == null || l.isNull() ? null : new LatencyRecord(l.get("threads").asInt(),
                    l.get("warmup_runs").asInt(), l.get("runs").asInt(), l.get("median").asDouble(),
                    l.get("p10").asDouble(), l.get("p90").asDouble());
            JsonNode e = json.get("evaluation");
            EvaluationRecord evaluation = e == null || e.isNull() ? null : new EvaluationRecord(e.get("dataset").asText(),
                    text(e, "dataset_sha256"), e.get("samples").asInt(), e.get("metric").asText(), e.get("value").asDouble(),
                    details(e.get("details")), SampleOutcomesJson.read(e.get("outcomes")));
            List<PassReport> reports = new ArrayList<>();
            for (JsonNode r : json.withArray("pass_reports")) {
                reports.add(PassReportJson.read(r));
            }
            JsonNode pipeline = json.get("pipeline");
            return new ExperimentRecord(json.get("id").asText(), json.get("name").asText(),
                    Instant.parse(json.get("created_at").asText()), text(json, "parent_id"), text(json, "model_name"),
                    json.get("model_sha256").asText(), json.get("model_size_bytes").asLong(),
                    pipeline == null || pipeline.isNull() ? null : PipelineJson.fromJson(pipeline), machine,
                    text(json, "tensorscope_version"), latency, evaluation, reports);
        } catch (RuntimeException e) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, "not an experiment record: a field is missing or "
                    + "malformed (" + e.getMessage() + ")", e);
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, Double> details(JsonNode node) {
        Map<String, Double> details = new LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(f -> details.put(f.getKey(), f.getValue().asDouble()));
        }
        return details;
    }
}
