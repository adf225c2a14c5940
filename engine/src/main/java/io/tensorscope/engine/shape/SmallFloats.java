package io.tensorscope.engine.shape;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of a graph's small float32 constants (initializers and {@code Constant} outputs of at most
 * {@value #MAX_ELEMENTS} elements): what shape rules read from float inputs, such as the scales of {@code Resize} and
 * {@code Upsample}. Values are never computed, only read where the model stores them.
 */
final class SmallFloats {

    /** Largest tensor read, in elements (a scale per axis). */
    static final int MAX_ELEMENTS = 16;

    private SmallFloats() {
    }

    /** @return tensor name → values */
    static Map<String, float[]> of(Model model) {
        Map<String, float[]> values = new HashMap<>();
        collect(model.graph(), values);
        return values;
    }

    /** Reads {@code graph}'s small float constants and, recursively, its subgraphs' ({@code If} branches…). */
    private static void collect(GraphProto graph, Map<String, float[]> values) {
        graph.getInitializerList().forEach(t -> read(t, t.getName(), values));
        for (NodeProto node : graph.getNodeList()) {
            for (AttributeProto attribute : node.getAttributeList()) {
                if (node.getOpType().equals("Constant") && node.getOutputCount() == 1 && attribute.getName().equals("value")
                        && attribute.hasT()) {
                    read(attribute.getT(), node.getOutput(0), values);
                }
                if (attribute.hasG()) {
                    collect(attribute.getG(), values);
                }
                attribute.getGraphsList().forEach(g -> collect(g, values));
            }
        }
    }

    private static void read(TensorProto tensor, String name, Map<String, float[]> into) {
        if (ElementType.fromOnnx(tensor.getDataType()) != ElementType.FLOAT
                || tensor.getDataLocation() == TensorProto.DataLocation.EXTERNAL
                || Dims.count(tensor.getDimsList().stream().mapToLong(Long::longValue).toArray()) > MAX_ELEMENTS) {
            return;
        }
        try {
            into.put(name, InitializerData.floats(tensor));
        } catch (TensorscopeException e) {
            // not float data after all: left out, its consumer's shape stays unknown
        }
    }
}
