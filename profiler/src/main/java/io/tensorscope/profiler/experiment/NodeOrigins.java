package io.tensorscope.profiler.experiment;

import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which node of the original graph each node of a rewritten graph (quantized, fp16) works for. A node that kept its
 * name is itself; a node a pass inserted (QuantizeLinear, MatMulInteger, casts …) works for the first original node
 * downstream of it — the first node reached through its consumers that keeps an original name or produces an original
 * tensor (passes keep the output names consumers read).
 */
public final class NodeOrigins {

    private NodeOrigins() {
    }

    /** @return rewritten node name → original node name, for every rewritten node with an origin */
    public static Map<String, String> of(GraphProto original, GraphProto rewritten) {
        Set<String> originalNames = new HashSet<>();
        Map<String, String> originalProducer = new HashMap<>();
        for (NodeProto node : original.getNodeList()) {
            originalNames.add(node.getName());
            node.getOutputList().forEach(t -> originalProducer.put(t, node.getName()));
        }
        Map<String, List<NodeProto>> consumers = new HashMap<>();
        for (NodeProto node : rewritten.getNodeList()) {
            node.getInputList().forEach(t -> consumers.computeIfAbsent(t, k -> new ArrayList<>()).add(node));
        }
        Map<String, String> origins = new HashMap<>();
        for (NodeProto node : rewritten.getNodeList()) {
            direct(node, originalNames, originalProducer).or(() -> downstream(node, consumers, originalNames, originalProducer))
                    .ifPresent(origin -> origins.put(node.getName(), origin));
        }
        return origins;
    }

    private static Optional<String> direct(NodeProto node, Set<String> originalNames, Map<String, String> producer) {
        if (originalNames.contains(node.getName())) {
            return Optional.of(node.getName());
        }
        return node.getOutputList().stream().filter(producer::containsKey).map(producer::get).findFirst();
    }

    private static Optional<String> downstream(NodeProto start, Map<String, List<NodeProto>> consumers,
                                               Set<String> originalNames, Map<String, String> producer) {
        Deque<NodeProto> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        pending.add(start);
        while (!pending.isEmpty()) {
            NodeProto node = pending.poll();
            for (String output : node.getOutputList()) {
                for (NodeProto next : consumers.getOrDefault(output, List.of())) {
                    if (!seen.add(next.getName())) {
                        continue;
                    }
                    Optional<String> origin = direct(next, originalNames, producer);
                    if (origin.isPresent()) {
                        return origin;
                    }
                    pending.add(next);
                }
            }
        }
        return Optional.empty();
    }
}
