package io.tensorscope.engine.shape;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Model;
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
        model.graph().getInitializerList().forEach(t -> read(t, t.getName(), values));
        for (NodeProto node : model.graph().getNodeList()) {
            if (node.getOutputCount() == 1) {
                TensorProto held = model.index().constant(node.getOutput(0));
                if (held != null) {
                    read(held, node.getOutput(0), values);
                }
            }
        }
        return values;
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
