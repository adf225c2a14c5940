package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.experiment.LayerMeasure;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import io.tensorscope.profiler.stats.Percentiles;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.PairedLatency;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a {@link MeasuredDetail}, and back: {@code {"threads", "layers": [{"name", "op_type", "origin",
 * "median_us", "share", "kernel", "precision", "weight_sparsity"}], "kernels": [{"name", "op_type", "median_us",
 * "p10_us", "p90_us", "runs", "share", "flops", "bytes", "nodes": [layer index, ...]}], "in_turn_with_parent":
 * {"parent_ms", "model_ms", "speed_up"} (each {"median", "p10", "p90", "count"}) or null}. A sparsity of NaN (no float
 * weights) is written as null.
 */
public final class MeasuredDetailJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MeasuredDetailJson() {
    }

    /** @return {@code detail} as JSON */
    public static ObjectNode write(MeasuredDetail detail) {
        ObjectNode root = MAPPER.createObjectNode().put("threads", detail.threads());
        ArrayNode layers = root.putArray("layers");
        for (LayerMeasure l : detail.layers()) {
            ObjectNode o = layers.addObject().put("name", l.name()).put("op_type", l.opType()).put("origin", l.origin())
                    .put("median_us", l.medianMicros()).put("share", l.share()).put("kernel", l.kernel())
                    .put("precision", l.precision());
            if (Double.isNaN(l.weightSparsity())) {
                o.putNull("weight_sparsity");
            } else {
                o.put("weight_sparsity", l.weightSparsity());
            }
        }
        ArrayNode kernels = root.putArray("kernels");
        for (KernelTiming k : detail.kernels()) {
            ObjectNode o = kernels.addObject().put("name", k.kernel()).put("op_type", k.opType())
                    .put("median_us", k.micros().median()).put("p10_us", k.micros().p10()).put("p90_us", k.micros().p90())
                    .put("runs", k.micros().count()).put("share", k.share()).put("flops", k.flops())
                    .put("bytes", k.bytesMoved());
            k.nodes().forEach(o.putArray("nodes")::add);
        }
        PairedLatency paired = detail.inTurnWithParent();
        if (paired == null) {
            root.putNull("in_turn_with_parent");
        } else {
            root.putObject("in_turn_with_parent").<ObjectNode>set("parent_ms", percentiles(paired.baselineMillis()))
                    .<ObjectNode>set("model_ms", percentiles(paired.variantMillis()))
                    .set("speed_up", percentiles(paired.speedUp()));
        }
        return root;
    }

    private static ObjectNode percentiles(Percentiles p) {
        return MAPPER.createObjectNode().put("median", p.median()).put("p10", p.p10()).put("p90", p.p90())
                .put("count", p.count());
    }

    private static Percentiles percentiles(JsonNode p) {
        return new Percentiles(p.get("median").asDouble(), p.get("p10").asDouble(), p.get("p90").asDouble(),
                p.get("count").asInt());
    }

    /**
     * @return the detail in {@code json}
     * @throws TensorscopeException {@code UNREADABLE_FILE} when a field is missing or malformed
     */
    public static MeasuredDetail read(JsonNode json) throws TensorscopeException {
        try {
            List<LayerMeasure> layers = new ArrayList<>();
            for (JsonNode l : json.withArray("layers")) {
                JsonNode sparsity = l.get("weight_sparsity");
                layers.add(new LayerMeasure(l.get("name").asText(), l.get("op_type").asText(), l.get("origin").asText(),
                        l.get("median_us").asDouble(), l.get("share").asDouble(), l.get("kernel").asText(),
                        l.get("precision").asText(), sparsity == null || sparsity.isNull() ? Double.NaN
                        : sparsity.asDouble()));
            }
            List<KernelTiming> kernels = new ArrayList<>();
            for (JsonNode k : json.withArray("kernels")) {
                List<Integer> nodes = new ArrayList<>();
                k.withArray("nodes").forEach(n -> nodes.add(n.asInt()));
                kernels.add(new KernelTiming(k.get("name").asText(), k.get("op_type").asText(),
                        new Percentiles(k.get("median_us").asDouble(), k.get("p10_us").asDouble(),
                                k.get("p90_us").asDouble(), k.get("runs").asInt()), k.get("share").asDouble(),
                        k.get("flops").asLong(), k.get("bytes").asLong(), nodes));
            }
            JsonNode paired = json.get("in_turn_with_parent");
            return new MeasuredDetail(json.get("threads").asInt(), layers, kernels, paired == null || paired.isNull()
                    ? null : new PairedLatency(percentiles(paired.get("parent_ms")), percentiles(paired.get("model_ms")),
                    percentiles(paired.get("speed_up"))));
        } catch (RuntimeException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "a stored measurement is malformed ("
                    + e.getMessage() + ")", e);
        }
    }
}
