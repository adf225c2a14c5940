package io.tensorscope.engine.cost;

import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.List;

/**
 * A node with the fully known shapes of its inputs and outputs, as a {@link CostRule} sees it.
 * Omitted optional inputs have no shape ({@link #has(int)} is false).
 */
final class NodeShapes {

    private final NodeProto node;
    private final List<Shape> inputs;
    private final List<Shape> outputs;

    NodeShapes(NodeProto node, List<Shape> inputs, List<Shape> outputs) {
        this.node = node;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** @return true if input {@code i} is given (not omitted) */
    boolean has(int i) {
        return i < inputs.size() && inputs.get(i) != null;
    }

    /** @return sizes of input {@code i} */
    long[] in(int i) {
        return inputs.get(i).dims();
    }

    /** @return sizes of output {@code i} */
    long[] out(int i) {
        return outputs.get(i).dims();
    }

    /** @return elements of input {@code i} */
    long inElements(int i) {
        return inputs.get(i).elementCount();
    }

    /** @return elements of output {@code i} */
    long outElements(int i) {
        return outputs.get(i).elementCount();
    }

    /** @return the integer attribute, or {@code fallback} */
    long attrInt(String name, long fallback) {
        return NodeAttributes.intOr(node, name, fallback);
    }

    /** @return the integer-list attribute, or null */
    long[] attrInts(String name) {
        return NodeAttributes.ints(node, name);
    }

    /** @return the string attribute, or {@code fallback} */
    String attrString(String name, String fallback) {
        return NodeAttributes.stringOr(node, name, fallback);
    }
}
