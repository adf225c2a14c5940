package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.quantize.PassReport;
import io.tensorscope.engine.quantize.QuantParams;
import io.tensorscope.engine.quantize.TensorQuantization;

/**
 * JSON of compression and evaluation results: {@code quantize} ({@code pass, converted, excluded, bytes_before,
 * bytes_after, tensors: [{tensor, role, scales, zero_points, range}]}) and {@code evaluate} ({@code dataset, samples,
 * metric, value, ...details}).
 */
public final class QuantizationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuantizationJson() {
    }

    /** @return the pass report as JSON */
    public static ObjectNode report(PassReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("pass", report.pass());
        report.converted().forEach(root.putArray("converted")::add);
        report.excluded().forEach(root.putArray("excluded")::add);
        root.put("bytes_before", report.bytesBefore()).put("bytes_after", report.bytesAfter());
        report.notes().forEach(root.putArray("notes")::add);
        ArrayNode tensors = root.putArray("tensors");
        for (TensorQuantization t : report.tensors()) {
            ObjectNode o = tensors.addObject().put("tensor", t.tensor()).put("role", t.role());
            ArrayNode scales = o.putArray("scales");
            ArrayNode zeroPoints = o.putArray("zero_points");
            for (QuantParams p : t.params()) {
                scales.add(p.scale());
                zeroPoints.add(p.zeroPoint());
            }
            if (!Float.isNaN(t.rangeMin())) {
                o.putArray("range").add(t.rangeMin()).add(t.rangeMax());
            }
        }
        return root;
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
