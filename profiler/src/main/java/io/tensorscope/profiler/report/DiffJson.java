package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.diff.ModelDiff;
import io.tensorscope.engine.diff.NodeChange;
import io.tensorscope.engine.diff.NodeDiff;
import io.tensorscope.engine.diff.WeightDiff;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Shape;

/**
 * The {@code diff --json} document: {@code {before, after, summary: {nodes: {unchanged, changed, added, removed},
 * weights: {…}, weight_bytes_before, weight_bytes_after}, nodes: [{change, before, after, op_before, op_after,
 * matched_by, serves, reasons}], weights: [{change, before, after, type_before, type_after, shape_before,
 * shape_after, relative_l2, sparsity_before, sparsity_after, bytes_before, bytes_after, serves}]}}; every node and
 * tensor is listed, unchanged ones too. Absent sides and values that cannot be computed are {@code null}.
 */
public final class DiffJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DiffJson() {
    }

    /** @return the diff as a JSON tree */
    public static ObjectNode toJson(ModelDiff diff) {
        ObjectNode root = MAPPER.createObjectNode().put("before", diff.before()).put("after", diff.after());
        ObjectNode summary = root.putObject("summary");
        ObjectNode nodes = summary.putObject("nodes");
        ObjectNode weights = summary.putObject("weights");
        for (NodeChange change : NodeChange.values()) {
            nodes.put(change.label(), diff.nodeCount(change));
            weights.put(change.label(), diff.weightCount(change));
        }
        summary.put("weight_bytes_before", diff.weightBytesBefore()).put("weight_bytes_after", diff.weightBytesAfter());
        ArrayNode nodeArray = root.putArray("nodes");
        for (NodeDiff n : diff.nodes()) {
            ObjectNode node = nodeArray.addObject().put("change", n.change().label()).put("before", n.before())
                    .put("after", n.after()).put("op_before", n.opBefore()).put("op_after", n.opAfter())
                    .put("matched_by", n.rule() == null ? null : n.rule().label()).put("serves", n.serves());
            n.reasons().forEach(node.putArray("reasons")::add);
        }
        ArrayNode weightArray = root.putArray("weights");
        for (WeightDiff w : diff.weights()) {
            ObjectNode weight = weightArray.addObject().put("change", w.change().label()).put("before", w.before())
                    .put("after", w.after()).put("type_before", type(w.typeBefore())).put("type_after", type(w.typeAfter()));
            weight.set("shape_before", shape(w.shapeBefore()));
            weight.set("shape_after", shape(w.shapeAfter()));
            number(weight, "relative_l2", w.relativeL2());
            number(weight, "sparsity_before", w.sparsityBefore());
            number(weight, "sparsity_after", w.sparsityAfter());
            weight.put("bytes_before", w.bytesBefore()).put("bytes_after", w.bytesAfter()).put("serves", w.serves());
        }
        return root;
    }

    private static String type(ElementType type) {
        return type == null ? null : type.displayName();
    }

    private static ArrayNode shape(Shape shape) {
        if (shape == null) {
            return null;
        }
        ArrayNode dims = MAPPER.createArrayNode();
        for (long d : shape.dims()) {
            dims.add(d);
        }
        return dims;
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
