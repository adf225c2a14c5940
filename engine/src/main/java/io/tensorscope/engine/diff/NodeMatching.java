package io.tensorscope.engine.diff;

import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.NameExtensions;
import io.tensorscope.engine.model.Provenance;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Pairs the nodes of a second model with those of a first: by the provenance passes record, then by name, then by
 * name extension, then by topology (the same operator reading inputs already paired), in that order; a node of the
 * second model that none of these pair, but whose provenance or name extension names a node of the first, serves that
 * node. A node of the first model that kept no node of its name, but has nodes serving it, is paired with the one that
 * does its work: the serving node of its operator, else the first that is not glue (casts, scaling, quantization).
 */
final class NodeMatching {

    /** Operators that convert or rescale around the node doing a rewritten node's work. */
    private static final Set<String> GLUE = Set.of("Cast", "Mul", "Add", "Transpose", "Reshape", "QuantizeLinear",
            "DequantizeLinear", "DynamicQuantizeLinear");

    private final Model before;
    private final Model after;
    private final int[] partnerOfAfter;
    private final int[] partnerOfBefore;
    private final MatchRule[] ruleOfAfter;
    private final String[] servesOfAfter;
    private final Map<String, Integer> beforeByName = new HashMap<>();
    private final Map<String, List<String>> servingByName = new HashMap<>();

    private NodeMatching(Model before, Model after) {
        this.before = before;
        this.after = after;
        partnerOfAfter = new int[after.nodeCount()];
        partnerOfBefore = new int[before.nodeCount()];
        ruleOfAfter = new MatchRule[after.nodeCount()];
        servesOfAfter = new String[after.nodeCount()];
        Arrays.fill(partnerOfAfter, -1);
        Arrays.fill(partnerOfBefore, -1);
        for (int i = 0; i < before.nodeCount(); i++) {
            beforeByName.putIfAbsent(before.nodeName(i), i);
        }
    }

    /** @return the pairing of {@code after}'s nodes with {@code before}'s */
    static NodeMatching of(Model before, Model after) {
        NodeMatching matching = new NodeMatching(before, after);
        matching.byNameAndProvenance();
        matching.rewrites();
        matching.byTopology();
        return matching;
    }

    /** @return index in the first model of the node paired with node {@code afterIndex} of the second; -1 if none */
    int partnerOfAfter(int afterIndex) {
        return partnerOfAfter[afterIndex];
    }

    /** @return index in the second model of the node paired with node {@code beforeIndex} of the first; -1 if none */
    int partnerOfBefore(int beforeIndex) {
        return partnerOfBefore[beforeIndex];
    }

    /** @return the rule that paired node {@code afterIndex} of the second model; null when unpaired */
    MatchRule ruleOfAfter(int afterIndex) {
        return ruleOfAfter[afterIndex];
    }

    /** @return the first model's node that unpaired node {@code afterIndex} was added for; null when none */
    String servesOfAfter(int afterIndex) {
        return partnerOfAfter[afterIndex] >= 0 ? null : servesOfAfter[afterIndex];
    }

    /** @return names of the second model's nodes serving node {@code beforeName} of the first, in graph order */
    List<String> servingNodes(String beforeName) {
        return servingByName.getOrDefault(beforeName, List.of());
    }

    private void pair(int beforeIndex, int afterIndex, MatchRule rule) {
        partnerOfBefore[beforeIndex] = afterIndex;
        partnerOfAfter[afterIndex] = beforeIndex;
        ruleOfAfter[afterIndex] = rule;
    }

    private void byNameAndProvenance() {
        for (int j = 0; j < after.nodeCount(); j++) {
            NodeProto node = after.graph().getNode(j);
            String name = after.nodeName(j);
            Optional<String> origin = Provenance.originOf(node).filter(o -> !o.equals(name) && beforeByName.containsKey(o));
            Integer same = beforeByName.get(name);
            if (origin.isPresent()) {
                servesOfAfter[j] = origin.get();
                ruleOfAfter[j] = MatchRule.PROVENANCE;
            } else if (same != null && partnerOfBefore[same] < 0) {
                pair(same, j, MatchRule.NAME);
            } else {
                String extended = extendedName(name);
                if (extended != null) {
                    servesOfAfter[j] = extended;
                    ruleOfAfter[j] = MatchRule.NAME_EXTENSION;
                }
            }
        }
    }

    /** @return the longest name of a first-model node that {@code name} extends by a non-numeric {@code _suffix} */
    private String extendedName(String name) {
        return NameExtensions.extended(name, beforeByName::containsKey, suffix -> !suffix.matches("[0-9]+"));
    }

    /** Pairs each first-model node that lost its name but has serving nodes with the serving node doing its work. */
    private void rewrites() {
        Map<Integer, List<Integer>> serving = new HashMap<>();
        for (int j = 0; j < servesOfAfter.length; j++) {
            if (servesOfAfter[j] != null) {
                serving.computeIfAbsent(beforeByName.get(servesOfAfter[j]), k -> new ArrayList<>()).add(j);
                servingByName.computeIfAbsent(servesOfAfter[j], k -> new ArrayList<>()).add(after.nodeName(j));
            }
        }
        serving.forEach((i, nodes) -> {
            if (partnerOfBefore[i] >= 0) {
                return;
            }
            String op = before.graph().getNode(i).getOpType();
            int primary = nodes.stream().filter(j -> after.graph().getNode(j).getOpType().equals(op)).findFirst()
                    .orElse(nodes.stream().filter(j -> !GLUE.contains(after.graph().getNode(j).getOpType())).findFirst()
                            .orElse(nodes.get(0)));
            pair(i, primary, ruleOfAfter[primary]);
        });
    }

    /**
     * Pairs the nodes left by operator and inputs, in graph order: a node of the second model whose every computed
     * input comes from a paired node matches the first unpaired node of the first model with the same operator,
     * reading the partners' outputs, the same graph inputs and stored tensors of the same shapes.
     */
    private void byTopology() {
        Map<String, Deque<Integer>> unpaired = new HashMap<>();
        GraphIndex beforeIndex = before.index();
        for (int i = 0; i < before.nodeCount(); i++) {
            if (partnerOfBefore[i] < 0) {
                String key = signature(before.graph().getNode(i), beforeIndex, before::nodeName);
                unpaired.computeIfAbsent(key, k -> new ArrayDeque<>()).add(i);
            }
        }
        GraphIndex afterIndex = after.index();
        for (int j = 0; j < after.nodeCount(); j++) {
            if (partnerOfAfter[j] >= 0 || servesOfAfter[j] != null) {
                continue;
            }
            String key = signature(after.graph().getNode(j), afterIndex,
                    p -> partnerOfAfter[p] < 0 ? null : before.nodeName(partnerOfAfter[p]));
            Deque<Integer> candidates = key == null ? null : unpaired.get(key);
            while (candidates != null && !candidates.isEmpty()) {
                int i = candidates.poll();
                if (partnerOfBefore[i] < 0) {
                    pair(i, j, MatchRule.TOPOLOGY);
                    break;
                }
            }
        }
    }

    /**
     * @param producerName maps the index of the node producing an input to the name standing for it in the key
     *                     (null when it has none: no key)
     * @return operator plus, per input, its producer's mapped name and output position, its graph input name, or its
     * stored tensor's type and shape; null when a producer has no mapped name
     */
    private static String signature(NodeProto node, GraphIndex index, IntFunction<String> producerName) {
        StringBuilder key = new StringBuilder(node.getDomain()).append(':').append(node.getOpType()).append('(');
        for (String input : node.getInputList()) {
            TensorProto stored = index.initializer(input);
            Optional<Integer> producer = index.producerIndex(input);
            if (input.isEmpty()) {
                key.append('-');
            } else if (stored != null) {
                key.append("w").append(stored.getDataType()).append(stored.getDimsList());
            } else if (producer.isPresent()) {
                String mapped = producerName.apply(producer.get());
                if (mapped == null) {
                    return null;
                }
                key.append(mapped).append('#').append(index.graph().getNode(producer.get()).getOutputList().indexOf(input));
            } else {
                key.append("in:").append(input);
            }
            key.append(',');
        }
        return key.append(')').toString();
    }
}
