package io.tensorscope.engine.quantize;

import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.Set;

/**
 * Nodes a pass must leave in float (mixed precision): by node name or by op type.
 *
 * @param nodeNames node names
 * @param opTypes   operator types
 */
public record Exclusions(Set<String> nodeNames, Set<String> opTypes) {

    /** No exclusions. */
    public static final Exclusions NONE = new Exclusions(Set.of(), Set.of());

    public Exclusions {
        nodeNames = Set.copyOf(nodeNames);
        opTypes = Set.copyOf(opTypes);
    }

    /** @return whether {@code node} stays in float */
    public boolean excludes(NodeProto node) {
        return nodeNames.contains(node.getName()) || opTypes.contains(node.getOpType());
    }
}
