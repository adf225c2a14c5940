package io.tensorscope.engine.diff;

import io.tensorscope.engine.model.Model;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What differs between two models: structure (every node of the first model, paired with its counterpart in the
 * second or removed, then the nodes only the second has) and stored weights (every initializer, paired or removed,
 * then the added ones). Pairing uses the provenance passes record, then names, then topology ({@link MatchRule}).
 *
 * @param before  display name of the first model
 * @param after   display name of the second model
 * @param nodes   the node diffs: the first model's nodes in graph order, then the added nodes in the second's order
 * @param weights the weight diffs: the first model's initializers in order, then the added ones
 */
public record ModelDiff(String before, String after, List<NodeDiff> nodes, List<WeightDiff> weights) {

    /** @return the diff of {@code after} against {@code before} */
    public static ModelDiff of(Model before, Model after) {
        NodeMatching matching = NodeMatching.of(before, after);
        WeightPairing weights = WeightPairing.of(before, after, matching);
        List<WeightDiff> weightDiffs = weights.diffs();
        List<NodeDiff> nodeDiffs = new NodeDiffs(before, after, matching, weights).all();
        return new ModelDiff(before.name(), after.name(), List.copyOf(nodeDiffs), List.copyOf(weightDiffs));
    }

    /** @return how many nodes had {@code change} */
    public long nodeCount(NodeChange change) {
        return nodes.stream().filter(n -> n.change() == change).count();
    }

    /** @return how many stored tensors had {@code change} */
    public long weightCount(NodeChange change) {
        return weights.stream().filter(w -> w.change() == change).count();
    }

    /** @return storage bytes of the first model's initializers */
    public long weightBytesBefore() {
        return weights.stream().mapToLong(WeightDiff::bytesBefore).sum();
    }

    /** @return storage bytes of the second model's initializers */
    public long weightBytesAfter() {
        return weights.stream().mapToLong(WeightDiff::bytesAfter).sum();
    }

    /** @return the second model's node names, each with what it is in this diff (added, changed, unchanged) */
    public Map<String, NodeChange> changesOfAfterNodes() {
        Map<String, NodeChange> changes = new HashMap<>();
        nodes.stream().filter(n -> n.after() != null).forEach(n -> changes.put(n.after(), n.change()));
        return changes;
    }

    /** @return the first model's node names, each with what became of it (changed, removed, unchanged) */
    public Map<String, NodeChange> changesOfBeforeNodes() {
        Map<String, NodeChange> changes = new HashMap<>();
        nodes.stream().filter(n -> n.before() != null).forEach(n -> changes.put(n.before(), n.change()));
        return changes;
    }
}
