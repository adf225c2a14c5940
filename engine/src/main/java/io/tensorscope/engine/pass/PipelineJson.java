package io.tensorscope.engine.pass;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link PipelineSpec}:
 * <pre>{@code
 * {"format": "tensorscope-pipeline", "version": 1, "dataset": "mnist",
 *  "steps": [{"pass": "static-int8", "options": {"calibration": "entropy", "samples": 200}}, {"pass": "fp16"}]}
 * }</pre>
 * Option values may be JSON strings, numbers, booleans or arrays of strings (lists); they are checked against the
 * pass's declarations when the pipeline is {@linkplain PipelineSpec#resolve resolved}.
 */
public final class PipelineJson {

    /** The {@code format} field's value. */
    public static final String FORMAT = "tensorscope-pipeline";
    /** The version written, and the newest one read. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PipelineJson() {
    }

    /** @return {@code spec} as JSON; values of options the registry declares keep their JSON type */
    public static ObjectNode toJson(PipelineSpec spec, PassRegistry registry) {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT).put("version", VERSION);
        if (spec.dataset() != null) {
            root.put("dataset", spec.dataset());
        }
        ArrayNode steps = root.putArray("steps");
        for (PipelineStep step : spec.steps()) {
            ObjectNode s = steps.addObject().put("pass", step.pass());
            if (step.options().isEmpty()) {
                continue;
            }
            ObjectNode options = s.putObject("options");
            Map<String, PassOption> declared = declared(step.pass(), registry);
            step.options().forEach((name, value) -> put(options, name, value, declared.get(name)));
        }
        return root;
    }

    /** @return {@code spec} as pretty-printed JSON text */
    public static String write(PipelineSpec spec, PassRegistry registry) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(spec, registry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return the pipeline in {@code json}
     * @throws TensorscopeException {@code BAD_ARGUMENT} for text that is not a pipeline, saying what is wrong
     */
    public static PipelineSpec read(String json) throws TensorscopeException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw bad("it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return fromJson(root);
    }

    /** @return the pipeline in a parsed JSON tree */
    public static PipelineSpec fromJson(JsonNode root) throws TensorscopeException {
        if (root == null || !root.isObject()) {
            throw bad("it is not a JSON object");
        }
        if (root.has("format") && !FORMAT.equals(root.get("format").asText())) {
            throw bad("its format is '" + root.get("format").asText() + "', not " + FORMAT);
        }
        if (root.has("version") && root.get("version").asInt(Integer.MAX_VALUE) > VERSION) {
            throw bad("it is version " + root.get("version").asText() + "; this Tensorscope reads up to " + VERSION);
        }
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray()) {
            throw bad("it has no \"steps\" array");
        }
        List<PipelineStep> parsed = new ArrayList<>();
        for (JsonNode step : steps) {
            JsonNode pass = step.get("pass");
            if (pass == null || !pass.isTextual() || pass.asText().isBlank()) {
                throw bad("step " + (parsed.size() + 1) + " has no \"pass\"");
            }
            parsed.add(new PipelineStep(pass.asText(), options(step.get("options"), parsed.size() + 1)));
        }
        JsonNode dataset = root.get("dataset");
        return new PipelineSpec(dataset == null || dataset.isNull() ? null : dataset.asText(), parsed);
    }

    private static Map<String, String> options(JsonNode node, int step) throws TensorscopeException {
        Map<String, String> options = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return options;
        }
        if (!node.isObject()) {
            throw bad("the options of step " + step + " are not an object");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText()));
                options.put(field.getKey(), String.join(",", items));
            } else if (value.isValueNode() && !value.isNull()) {
                options.put(field.getKey(), value.asText());
            } else {
                throw bad("option " + field.getKey() + " of step " + step + " is not a string, number, boolean or list");
            }
        }
        return options;
    }

    private static void put(ObjectNode options, String name, String value, PassOption option) {
        if (option == null) {
            options.put(name, value);
            return;
        }
        try {
            Object typed = option.parse(value);
            if (typed instanceof Boolean b) {
                options.put(name, b);
            } else if (typed instanceof Long l) {
                options.put(name, l);
            } else if (typed instanceof Double d) {
                options.put(name, d);
            } else if (typed instanceof List<?> list) {
                ArrayNode array = options.putArray(name);
                list.forEach(item -> array.add(String.valueOf(item)));
            } else {
                options.put(name, value);
            }
        } catch (TensorscopeException e) {
            options.put(name, value);
        }
    }

    private static Map<String, PassOption> declared(String passId, PassRegistry registry) {
        Map<String, PassOption> declared = new LinkedHashMap<>();
        try {
            registry.find(passId).options().forEach(o -> declared.put(o.name(), o));
        } catch (TensorscopeException unknown) {
            // an unknown pass keeps its options as text; resolving the pipeline reports it
        }
        return declared;
    }

    private static TensorscopeException bad(String why) {
        return new TensorscopeException(ErrorCode.BAD_ARGUMENT, "not a Tensorscope pipeline: " + why);
    }
}
