package io.tensorscope.profiler.report.gain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link GainReport}: the report model itself, its record components as snake_case keys (e.g.
 * {@code models[].speed_up.median}, {@code models[].accuracy.ci95_low}, {@code layers[].rows[].before_micros}), a figure
 * that was not measured (NaN) as {@code null}. Units are in the key names (ms, micros, bytes) or the record's Javadoc.
 */
public final class GainReportJson {

    /** The version of the document. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private GainReportJson() {
    }

    /** @return {@code report} as JSON, {@code "format": "tensorscope-report"} and {@code "version"} first */
    public static ObjectNode toJson(GainReport report) {
        ObjectNode root = MAPPER.createObjectNode().put("format", "tensorscope-report").put("version", VERSION);
        root.setAll((ObjectNode) withoutNaN(MAPPER.valueToTree(report)));
        return root;
    }

    private static JsonNode withoutNaN(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            ObjectNode object = (ObjectNode) node;
            fields.forEach(f -> object.set(f.getKey(), withoutNaN(f.getValue())));
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutNaN(array.get(i)));
            }
            return array;
        }
        return node.isNumber() && (Double.isNaN(node.asDouble()) || Double.isInfinite(node.asDouble()))
                ? MAPPER.nullNode() : node;
    }
}
