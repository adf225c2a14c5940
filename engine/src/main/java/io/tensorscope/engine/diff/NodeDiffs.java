package io.tensorscope.engine.diff;

import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** The node half of a {@link ModelDiff}: each pair's differences spelled out, one short phrase each. */
final class NodeDiffs {

    private final Model before;
    private final Model after;
    private final NodeMatching matching;
    private final WeightPairing weights;

    NodeDiffs(Model before, Model after, NodeMatching matching, WeightPairing weights) {
        this.before = before;
        this.after = after;
        this.matching = matching;
        this.weights = weights;
    }

    /** @return the first model's nodes in order (paired or removed), then the second model's added nodes */
    List<NodeDiff> all() {
        List<NodeDiff> diffs = new ArrayList<>();
        for (int i = 0; i < before.nodeCount(); i++) {
            NodeProto a = before.graph().getNode(i);
            int j = matching.partnerOfBefore(i);
            if (j < 0) {
                diffs.add(new NodeDiff(NodeChange.REMOVED, before.nodeName(i), null, a.getOpType(), null, null, null,
                        List.of()));
                continue;
            }
            NodeProto b = after.graph().getNode(j);
            List<String> reasons = reasons(a, b, before.nodeName(i), after.nodeName(j), matching.ruleOfAfter(j));
            diffs.add(new NodeDiff(reasons.isEmpty() ? NodeChange.UNCHANGED : NodeChange.CHANGED, before.nodeName(i),
                    after.nodeName(j), a.getOpType(), b.getOpType(), matching.ruleOfAfter(j), null, List.copyOf(reasons)));
        }
        for (int j = 0; j < after.nodeCount(); j++) {
            if (matching.partnerOfAfter(j) < 0) {
                diffs.add(new NodeDiff(NodeChange.ADDED, null, after.nodeName(j), null,
                        after.graph().getNode(j).getOpType(), null, matching.servesOfAfter(j), List.of()));
            }
        }
        return diffs;
    }

    /** Nodes added for a node that kept its name (a quantizer of its output, say) are theirs, not its change. */
    private List<String> reasons(NodeProto a, NodeProto b, String name, String partner, MatchRule rule) {
        List<String> reasons = new ArrayList<>();
        if (!a.getOpType().equals(b.getOpType()) || !a.getDomain().equals(b.getDomain())) {
            reasons.add("op " + qualified(a) + " → " + qualified(b));
        }
        TreeSet<String> attributes = changedAttributes(a, b);
        if (!attributes.isEmpty()) {
            reasons.add("attribute" + (attributes.size() > 1 ? "s " : " ") + String.join(", ", attributes));
        }
        if (a.getInputCount() != b.getInputCount()) {
            reasons.add(a.getInputCount() + " → " + b.getInputCount() + " inputs");
        }
        for (int k = 0; k < Math.min(a.getInputCount(), b.getInputCount()); k++) {
            String reason = inputReason(k, a.getInput(k), b.getInput(k));
            if (reason != null) {
                reasons.add(reason);
            }
        }
        List<String> servingNodes = matching.servingNodes(name);
        int serving = servingNodes.size() - (servingNodes.contains(partner) ? 1 : 0);
        if (serving > 0 && rule != MatchRule.NAME) {
            reasons.add(serving + " node" + (serving > 1 ? "s" : "") + " added for it");
        }
        return reasons;
    }

    /** @return what changed about input {@code k}, or null when it reads the same thing */
    private String inputReason(int k, String x, String y) {
        if (weights.isBeforeWeight(x)) {
            WeightDiff w = weights.diffOfBefore(x);
            if (weights.isAfterWeight(y) && y.equals(weights.partnerOfBefore(x))) {
                return w.change() == NodeChange.CHANGED ? "weight " + x + ": " + WeightChanges.summary(w) : null;
            }
            return weights.isAfterWeight(y) ? "weight " + x + " replaced by " + y
                    : "weight " + x + " now computed by " + producerOf(y);
        }
        if (x.equals(y) && !after.index().producerIndex(y).isPresent() && !before.index().producerIndex(x).isPresent()) {
            return null;
        }
        int producerBefore = before.index().producerIndex(x).orElse(-1);
        int producerAfter = after.index().producerIndex(y).orElse(-1);
        if (producerAfter >= 0 && producerBefore >= 0 && matching.partnerOfAfter(producerAfter) == producerBefore
                && before.graph().getNode(producerBefore).getOutputList().indexOf(x)
                == after.graph().getNode(producerAfter).getOutputList().indexOf(y)) {
            return null;
        }
        if (producerAfter >= 0 && matching.partnerOfAfter(producerAfter) < 0) {
            return "input " + k + " now from added " + producerOf(y);
        }
        return "input " + k + " rewired to " + (producerAfter >= 0 ? producerOf(y) : y);
    }

    private String producerOf(String afterTensor) {
        return after.index().producerIndex(afterTensor)
                .map(j -> after.graph().getNode(j).getOpType() + " " + after.nodeName(j)).orElse(afterTensor);
    }

    private static String qualified(NodeProto node) {
        return node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx") ? node.getOpType()
                : node.getDomain() + "." + node.getOpType();
    }

    private static TreeSet<String> changedAttributes(NodeProto a, NodeProto b) {
        Map<String, AttributeProto> x = byName(a);
        Map<String, AttributeProto> y = byName(b);
        TreeSet<String> changed = new TreeSet<>();
        TreeSet<String> names = new TreeSet<>(x.keySet());
        names.addAll(y.keySet());
        for (String name : names) {
            if (!Objects.equals(x.get(name), y.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static Map<String, AttributeProto> byName(NodeProto node) {
        Map<String, AttributeProto> attributes = new TreeMap<>();
        node.getAttributeList().forEach(attribute -> attributes.put(attribute.getName(), attribute));
        return attributes;
    }
}
