package io.tensorscope.engine.shape;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.TensorInfo;
import java.util.HashMap;
import java.util.Map;

/** PLACEHOLDER (replaced by the shape-inference work): records declared shapes only. */
public final class ShapeInference {

    private ShapeInference() {
    }

    /**
     * Infers the type and shape of every tensor for the given input sizes.
     *
     * @throws TensorscopeException {@code BAD_INPUT_SHAPE} if a fixed size contradicts the model
     */
    public static InferredShapes infer(Model model, InputSizes sizes) throws TensorscopeException {
        Map<String, TensorInfo> map = new HashMap<>();
        for (TensorInfo in : model.inputs()) {
            map.put(in.name(), sizes.get(in.name()).map(d -> new TensorInfo(in.name(), in.type(), Shape.of(d)))
                    .orElse(in));
        }
        model.graph().getInitializerList().forEach(t -> map.put(t.getName(), new TensorInfo(t.getName(),
                ElementType.fromOnnx(t.getDataType()), Shape.of(t.getDimsList().stream().mapToLong(Long::longValue).toArray()))));
        return new InferredShapes(map);
    }
}
