package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.roofline.Roofline;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a node's weights are: the precision they are stored in and how many of them are zero. A weight is an
 * initializer of 2 or more dimensions read by the node, directly or through a {@code DequantizeLinear} (QDQ form).
 */
final class LayerFacts {

    private final Map<String, TensorProto> initializers = new HashMap<>();
    private final Map<String, NodeProto> producers = new HashMap<>();

    LayerFacts(GraphProto graph) {
        graph.getInitializerList().forEach(t -> initializers.put(t.getName(), t));
        for (NodeProto node : graph.getNodeList()) {
            node.getOutputList().forEach(o -> producers.put(o, node));
        }
    }

    /** @return {@code int8} for integer kernels or int8 weights, {@code fp16} for half weights, else {@code fp32} */
    String precision(NodeProto node) {
        if (Roofline.precisionOf(node.getOpType()) != Precision.FP32) {
            return "int8";
        }
        String precision = "fp32";
        for (String input : node.getInputList()) {
            Optional<TensorProto> weight = weight(input);
            if (weight.isPresent()) {
                ElementType type = ElementType.fromOnnx(weight.get().getDataType());
                precision = type == ElementType.INT8 || type == ElementType.UINT8 ? "int8"
                        : type == ElementType.FLOAT16 ? "fp16" : precision;
            }
        }
        return precision;
    }

    /** @return the fraction of zeros among the node's float weights kept in the model, or NaN when it has none */
    double weightSparsity(NodeProto node) throws TensorscopeException {
        long zeros = 0;
        long values = 0;
        for (String input : node.getInputList()) {
            TensorProto t = initializers.get(input);
            if (t != null && t.getDimsCount() >= 2 && t.getDataType() == ElementType.FLOAT.onnxCode()
                    && t.getDataLocation() != TensorProto.DataLocation.EXTERNAL) {
                float[] weights = InitializerData.floats(t);
                for (float v : weights) {
                    zeros += v == 0 ? 1 : 0;
                }
                values += weights.length;
            }
        }
        return values == 0 ? Double.NaN : (double) zeros / values;
    }

    /** @return the weight behind {@code input}: an initializer of 2+ dimensions, or the one a DequantizeLinear reads */
    private Optional<TensorProto> weight(String input) {
        TensorProto direct = initializers.get(input);
        if (direct != null) {
            return direct.getDimsCount() >= 2 ? Optional.of(direct) : Optional.empty();
        }
        NodeProto producer = producers.get(input);
        if (producer != null && producer.getOpType().equals("DequantizeLinear")) {
            TensorProto quantized = initializers.get(producer.getInput(0));
            return quantized != null && quantized.getDimsCount() >= 2 ? Optional.of(quantized) : Optional.empty();
        }
        return Optional.empty();
    }
}
