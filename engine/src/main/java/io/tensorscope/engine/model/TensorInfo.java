package io.tensorscope.engine.model;

/**
 * Name, element type and shape of a tensor (a graph input or output, or an intermediate value).
 *
 * @param name  tensor name as in the graph
 * @param type  element type
 * @param shape shape, possibly with unknown or symbolic dimensions
 */
public record TensorInfo(String name, ElementType type, Shape shape) {

    /** @return e.g. {@code input_ids: int64[batch_size x sequence_length]} */
    public String describe() {
        return name + ": " + type.displayName() + "[" + shape + "]";
    }
}
