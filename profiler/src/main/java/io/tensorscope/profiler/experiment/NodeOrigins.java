package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.model.Provenance;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which node of the original graph each node of a rewritten graph (quantized, fp16 …) works for, from the
 * provenance the passes recorded ({@link Provenance}): a node a pass added serves the node it names; a node that kept
 * its name is itself. Names are never guessed.
 */
public final class NodeOrigins {

    private NodeOrigins() {
    }

    /** @return rewritten node name → original node name, for every rewritten node whose origin is in {@code original} */
    public static Map<String, String> of(GraphProto original, GraphProto rewritten) {
        Set<String> originalNames = new HashSet<>();
        original.getNodeList().forEach(n -> originalNames.add(n.getName()));
        Map<String, String> origins = new HashMap<>();
        for (NodeProto node : rewritten.getNodeList()) {
            String origin = Provenance.rootOf(node);
            if (originalNames.contains(origin)) {
                origins.put(node.getName(), origin);
            }
        }
        return origins;
    }
}
