package io.tensorscope.engine.analysis;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.cost.CostModel;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.cost.Parameters;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.TensorInfo;
import io.tensorscope.engine.shape.InferredShapes;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.engine.shape.ShapeInference;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Analyses a model: shapes for the chosen input sizes, then the cost of every node and the totals. */
public final class ModelAnalyzer {

    private ModelAnalyzer() {
    }

    /**
     * @param model    the model to analyse
     * @param sizes    input sizes to fix symbolic dimensions with
     * @param progress progress and cancellation
     * @return summary, per-node costs in graph order, totals
     * @throws TensorscopeException {@code BAD_INPUT_SHAPE} if the sizes contradict the model,
     *                              {@code CANCELLED} if cancelled
     */
    public static ModelAnalysis analyze(Model model, InputSizes sizes, ProgressListener progress)
            throws TensorscopeException {
        progress.onProgress(0.0, "inferring shapes");
        InferredShapes shapes = ShapeInference.infer(model, sizes);
        progress.checkCancelled();
        progress.onProgress(0.5, "costing nodes");
        List<NodeCost> nodes = CostModel.nodeCosts(model, shapes, progress);
        progress.onProgress(1.0, "done");
        return new ModelAnalysis(summary(model, shapes), nodes, totals(model, nodes), shapes);
    }

    private static ModelSummary summary(Model model, InferredShapes shapes) {
        List<TensorInfo> inputs = model.inputs().stream().map(i -> shapes.get(i.name()).orElse(i)).toList();
        List<TensorInfo> outputs = model.outputs().stream().map(o -> shapes.get(o.name()).orElse(o)).toList();
        Map<String, Integer> counts = new TreeMap<>();
        model.graph().getNodeList().forEach(n -> counts.merge(n.getOpType(), 1, Integer::sum));
        Map<String, Integer> byFrequency = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> byFrequency.put(e.getKey(), e.getValue()));
        String producer = (model.proto().getProducerName() + " " + model.proto().getProducerVersion()).trim();
        String source = model.location().map(Object::toString).orElse("in memory");
        return new ModelSummary(model.name(), source, model.sourceFormat(), model.proto().getIrVersion(),
                model.opsetVersion(), producer, model.sizeBytes(), model.nodeCount(), inputs, outputs, byFrequency);
    }

    private static CostTotals totals(Model model, List<NodeCost> nodes) {
        long params = 0;
        long weightBytes = 0;
        for (TensorProto t : model.graph().getInitializerList()) {
            long n = Parameters.elements(t);
            ElementType type = ElementType.fromOnnx(t.getDataType());
            params += Parameters.isParameterType(type) ? n : 0;
            weightBytes += type.bytesFor(n);
        }
        for (TensorProto held : Parameters.constantWeights(model).values()) {
            long n = Parameters.elements(held);
            params += n;
            weightBytes += ElementType.fromOnnx(held.getDataType()).bytesFor(n);
        }
        long flops = 0;
        long moved = 0;
        int unknown = 0;
        for (NodeCost c : nodes) {
            if (c.costKnown()) {
                flops += c.flops();
                moved += c.bytesMoved();
            } else {
                unknown++;
            }
        }
        return new CostTotals(flops, params, weightBytes, moved, unknown);
    }
}
