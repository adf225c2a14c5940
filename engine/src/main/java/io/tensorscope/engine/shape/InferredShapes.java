package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.TensorInfo;
import java.util.Map;
import java.util.Optional;

/** Type and shape of every tensor of a graph for one choice of input sizes. */
public final class InferredShapes {

    private final Map<String, TensorInfo> byName;

    /** @param byName inferred info per tensor name */
    public InferredShapes(Map<String, TensorInfo> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** @return what is known of this tensor, if anything */
    public Optional<TensorInfo> get(String tensorName) {
        return Optional.ofNullable(byName.get(tensorName));
    }

    /** @return the tensor's shape, or {@link Shape#unknownRank()} if nothing is known */
    public Shape shapeOf(String tensorName) {
        TensorInfo info = byName.get(tensorName);
        return info == null ? Shape.unknownRank() : info.shape();
    }

    /** @return the tensor's element type, or {@link ElementType#UNDEFINED} */
    public ElementType typeOf(String tensorName) {
        TensorInfo info = byName.get(tensorName);
        return info == null ? ElementType.UNDEFINED : info.type();
    }
}
