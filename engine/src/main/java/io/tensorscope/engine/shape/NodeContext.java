package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Map;

/**
 * One node as a {@link ShapeRule} sees it: its inputs' facts, its attributes and the opset, plus a way
 * to record its outputs. Accessors that need something unknown ({@link #dims}, {@link #values}) throw
 * {@link NotKnown}, which the driver catches to leave the remaining outputs unknown, so rules read as
 * straight-line code for the known case.
 */
final class NodeContext {

    /** Signals that a rule needs an input fact that is not known; carries no stack trace. */
    static final class NotKnown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotKnown() {
            super(null, null, false, false);
        }
    }

    private static final NotKnown NOT_KNOWN = new NotKnown();

    private final NodeProto node;
    private final long opset;
    private final Map<String, TensorFacts> facts;
    private final Map<String, float[]> floats;

    /** @param floats the values of the graph's small float constants (Resize scales), by tensor name */
    NodeContext(NodeProto node, long opset, Map<String, TensorFacts> facts, Map<String, float[]> floats) {
        this.node = node;
        this.opset = opset;
        this.facts = facts;
        this.floats = floats;
    }

    /** @return the values of float input {@code i} when it is a small constant; throws {@link NotKnown} otherwise */
    float[] floats(int i) {
        float[] values = has(i) ? floats.get(node.getInput(i)) : null;
        if (values == null) {
            throw NOT_KNOWN;
        }
        return values;
    }

    /** @return the opset version of the default domain the model imports */
    long opset() {
        return opset;
    }

    /** @return the ONNX op type */
    String opType() {
        return node.getOpType();
    }

    /** @return number of inputs listed, including omitted optional ones */
    int inputCount() {
        return node.getInputCount();
    }

    /** @return true if input {@code i} is listed and not omitted (empty name) */
    boolean has(int i) {
        return i < node.getInputCount() && !node.getInput(i).isEmpty();
    }

    /** @return what is known of input {@code i} ({@link TensorFacts#UNKNOWN} if omitted or not known) */
    TensorFacts input(int i) {
        return has(i) ? facts.getOrDefault(node.getInput(i), TensorFacts.UNKNOWN) : TensorFacts.UNKNOWN;
    }

    /** @return element type of input {@code i}, {@link ElementType#UNDEFINED} if not known */
    ElementType type(int i) {
        return input(i).type();
    }

    /** @return the fully known sizes of input {@code i}; throws {@link NotKnown} otherwise */
    long[] dims(int i) {
        Shape shape = input(i).shape();
        if (!shape.isKnown()) {
            throw NOT_KNOWN;
        }
        return shape.dims();
    }

    /** @return the folded values of input {@code i}; throws {@link NotKnown} if not folded */
    long[] values(int i) {
        long[] values = input(i).values();
        if (values == null) {
            throw NOT_KNOWN;
        }
        return values;
    }

    /** @return the folded values of input {@code i}, or null */
    long[] valuesOrNull(int i) {
        return input(i).values();
    }

    /** @return number of outputs listed */
    int outputCount() {
        return node.getOutputCount();
    }

    /** Records output {@code out} (ignored when the node does not list it). */
    void set(int out, ElementType type, long[] dims) {
        set(out, type, dims, null);
    }

    /** Records output {@code out} with folded values (kept only for small integer tensors). */
    void set(int out, ElementType type, long[] dims, long[] values) {
        if (out < node.getOutputCount() && !node.getOutput(out).isEmpty()) {
            Shape shape = Shape.of(dims);
            boolean small = values != null && values.length <= TensorFacts.MAX_FOLDED_ELEMENTS;
            facts.put(node.getOutput(out), new TensorFacts(type, shape, small ? values : null));
        }
    }

    /** @return the attribute, or null if absent */
    AttributeProto attribute(String name) {
        return NodeAttributes.find(node, name);
    }

    long attrInt(String name, long fallback) {
        return NodeAttributes.intOr(node, name, fallback);
    }

    /** @return the integer-list attribute, or null if absent */
    long[] attrInts(String name) {
        return NodeAttributes.ints(node, name);
    }

    String attrString(String name, String fallback) {
        return NodeAttributes.stringOr(node, name, fallback);
    }

    /** @return the tensor attribute, or null if absent */
    TensorProto attrTensor(String name) {
        AttributeProto a = attribute(name);
        return a == null || !a.hasT() ? null : a.getT();
    }

    /**
     * Reads an integer list that moved from an attribute to an input at {@code inputSince} (axes, splits,
     * starts…).
     *
     * @return the values, or null when neither form is present; throws {@link NotKnown} when the input is
     *         present but not folded
     */
    long[] intsFromAttrOrInput(String attr, int input, long inputSince) {
        if (opset < inputSince) {
            return attrInts(attr);
        }
        return has(input) ? values(input) : null;
    }

    /** @return an error saying the known inputs contradict each other ({@code what}: one short clause) */
    ShapeMismatchException mismatch(String what) {
        return new ShapeMismatchException(what);
    }
}
