package io.tensorscope.engine.train;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;

/**
 * A node about to be bound to a {@link NodeOp}: its proto, display name and the model's opset, with typed reads of
 * its attributes and the refusal every binder gives.
 *
 * @param node  the ONNX node
 * @param name  its display name
 * @param opset the opset version of the default domain
 * @param index the graph's index, for the sizes of constant inputs
 */
record NodeSpec(NodeProto node, String name, long opset, GraphIndex index) {

    long intOr(String attribute, long fallback) {
        return NodeAttributes.intOr(node, attribute, fallback);
    }

    /** @return the integer-list attribute, or null if absent */
    long[] ints(String attribute) {
        return NodeAttributes.ints(node, attribute);
    }

    float floatOr(String attribute, float fallback) {
        AttributeProto a = NodeAttributes.find(node, attribute);
        return a == null ? fallback : a.getF();
    }

    String stringOr(String attribute, String fallback) {
        return NodeAttributes.stringOr(node, attribute, fallback);
    }

    /** @return whether input {@code i} is given (present and not the empty name) */
    boolean hasInput(int i) {
        return i < node.getInputCount() && !node.getInput(i).isEmpty();
    }

    /** @return the sizes of input {@code i} when it is an initializer or a Constant, else null */
    long[] constantDims(int i) {
        TensorProto t = hasInput(i) ? index.constantValue(node.getInput(i)) : null;
        return t == null ? null : t.getDimsList().stream().mapToLong(Long::longValue).toArray();
    }

    /** @return the one-line refusal naming this node and its operator, with the reason */
    TensorscopeException refuse(String reason) {
        return new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "cannot train node " + name + " ("
                + node.getOpType() + "): " + reason);
    }
}
