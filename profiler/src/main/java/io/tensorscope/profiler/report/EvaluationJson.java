package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.evaluate.Evaluation;

/** JSON of an evaluation: {@code dataset, samples, metric, value, ...details}. */
public final class EvaluationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvaluationJson() {
    }

    /** @return the evaluation as JSON */
    public static ObjectNode evaluation(Evaluation evaluation) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("dataset", evaluation.dataset()).put("samples", evaluation.samples()).put("metric", evaluation.metric())
                .put("value", evaluation.value());
        evaluation.details().forEach(root::put);
        return root;
    }
}
