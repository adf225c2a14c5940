package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.CostTotals;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelSummary;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.TensorInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code inspect} JSON document (DESIGN.md): {@code {"model", "totals", "nodes"}}, snake_case keys,
 * units in key names. Unknown costs and sizes are {@code null}, never 0.
 */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    /** @return the analysis as a JSON tree */
    public static ObjectNode toJson(ModelAnalysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("model", model(analysis.summary()));
        root.set("totals", totals(analysis.totals()));
        ArrayNode nodes = root.putArray("nodes");
        analysis.nodes().forEach(n -> nodes.add(node(n)));
        return root;
    }

    /** Writes the JSON document to {@code file} atomically. */
    public static void write(ModelAnalysis analysis, Path file) throws TensorscopeException {
        JsonFiles.write(toJson(analysis), file);
    }

    private static ObjectNode model(ModelSummary s) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("name", s.name());
        m.put("source", s.source());
        m.put("format", s.sourceFormat());
        m.put("ir_version", s.irVersion());
        m.put("opset", s.opsetVersion());
        m.put("producer", s.producer());
        m.put("size_bytes", s.sizeBytes());
        m.put("node_count", s.nodeCount());
        m.set("inputs", tensors(s.inputs()));
        m.set("outputs", tensors(s.outputs()));
        ObjectNode ops = m.putObject("op_type_counts");
        s.opTypeCounts().forEach(ops::put);
        return m;
    }

    private static ArrayNode tensors(List<TensorInfo> infos) {
        ArrayNode array = MAPPER.createArrayNode();
        for (TensorInfo t : infos) {
            ObjectNode o = array.addObject();
            o.put("name", t.name());
            o.put("type", t.type().displayName());
            o.set("shape", shape(t.shape()));
        }
        return array;
    }

    private static ObjectNode totals(CostTotals t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("flops", t.flops());
        o.put("params", t.params());
        o.put("bytes_weights", t.bytesWeights());
        o.put("bytes_moved", t.bytesMoved());
        o.put("unknown_cost_nodes", t.unknownNodes());
        return o;
    }

    private static ObjectNode node(NodeCost n) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", n.name());
        o.put("op_type", n.opType());
        ArrayNode inputs = o.putArray("inputs");
        n.inputs().forEach(inputs::add);
        ArrayNode outputs = o.putArray("outputs");
        n.outputs().forEach(outputs::add);
        ArrayNode shapes = o.putArray("output_shapes");
        n.outputShapes().forEach(s -> shapes.add(shape(s)));
        o.put("cost_known", n.costKnown());
        if (n.costKnown()) {
            o.put("flops", n.flops());
            o.put("bytes_read", n.bytesRead());
            o.put("bytes_written", n.bytesWritten());
            o.put("arithmetic_intensity", n.arithmeticIntensity());
        } else {
            o.putNull("flops");
            o.putNull("bytes_read");
            o.putNull("bytes_written");
            o.putNull("arithmetic_intensity");
        }
        o.put("params", n.params());
        return o;
    }

    /** Known dims as numbers, unknown ones as their symbol or null; unknown rank as null. */
    private static com.fasterxml.jackson.databind.JsonNode shape(Shape shape) {
        if (!shape.hasRank()) {
            return MAPPER.nullNode();
        }
        ArrayNode dims = MAPPER.createArrayNode();
        for (int i = 0; i < shape.rank(); i++) {
            if (shape.dim(i) >= 0) {
                dims.add(shape.dim(i));
            } else if (shape.symbol(i) != null) {
                dims.add(shape.symbol(i));
            } else {
                dims.addNull();
            }
        }
        return dims;
    }
}
