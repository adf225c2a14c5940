package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.evaluate.SampleOutcomes;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of {@link SampleOutcomes}: {@code {"labels": [..], "predictions": [..], "class_names": [..]}}, one
 * entry per sample in order (class indices from 0).
 */
public final class SampleOutcomesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleOutcomesJson() {
    }

    /** @return {@code outcomes} as JSON */
    public static ObjectNode write(SampleOutcomes outcomes) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode labels = node.putArray("labels");
        for (int label : outcomes.labels()) {
            labels.add(label);
        }
        ArrayNode predictions = node.putArray("predictions");
        for (int prediction : outcomes.predictions()) {
            predictions.add(prediction);
        }
        outcomes.classNames().forEach(node.putArray("class_names")::add);
        return node;
    }

    /** @return the outcomes in {@code node}, or null when it is missing or null */
    public static SampleOutcomes read(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        node.withArray("class_names").forEach(n -> names.add(n.asText()));
        return new SampleOutcomes(ints(node.get("labels")), ints(node.get("predictions")), names);
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }
}
