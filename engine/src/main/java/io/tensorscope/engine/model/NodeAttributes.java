package io.tensorscope.engine.model;

import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.NodeProto;

/** Typed reads of a node's attributes, with the ONNX default when an attribute is absent. */
public final class NodeAttributes {

    private NodeAttributes() {
    }

    /** @return the attribute named {@code name}, or null if the node does not set it */
    public static AttributeProto find(NodeProto node, String name) {
        for (AttributeProto a : node.getAttributeList()) {
            if (a.getName().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** @return the integer attribute, or {@code fallback} if absent */
    public static long intOr(NodeProto node, String name, long fallback) {
        AttributeProto a = find(node, name);
        return a == null ? fallback : a.getI();
    }

    /** @return the integer-list attribute, or null if absent */
    public static long[] ints(NodeProto node, String name) {
        AttributeProto a = find(node, name);
        return a == null ? null : a.getIntsList().stream().mapToLong(Long::longValue).toArray();
    }

    /** @return the string attribute (UTF-8), or {@code fallback} if absent */
    public static String stringOr(NodeProto node, String name, String fallback) {
        AttributeProto a = find(node, name);
        return a == null ? fallback : a.getS().toStringUtf8();
    }
}
