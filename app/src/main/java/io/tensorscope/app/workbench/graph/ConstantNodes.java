package io.tensorscope.app.workbench.graph;

import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.GraphIndex;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The nodes "Hide constants" leaves out of the graph: {@code Constant} nodes, and nodes that read nothing but
 * initializers and the outputs of such nodes (a Reshape of a weight, the Shape → Gather chains that compute a
 * Reshape target from constants): what a runtime folds before the first run.
 */
final class ConstantNodes {

    private ConstantNodes() {
    }

    /**
     * @param nodes every node, in graph (topological) order
     * @param index the graph's index, for its initializers
     * @return indices of the constant nodes
     */
    static Set<Integer> of(List<NodeCost> nodes, GraphIndex index) {
        Set<String> constantTensors = new HashSet<>();
        Set<Integer> constant = new HashSet<>();
        for (NodeCost node : nodes) {
            List<String> read = node.inputs().stream().filter(t -> !t.isEmpty()).toList();
            boolean folds = node.opType().equals("Constant") || !read.isEmpty() && read.stream()
                    .allMatch(t -> index.initializer(t) != null || constantTensors.contains(t));
            if (folds) {
                constant.add(node.index());
                constantTensors.addAll(node.outputs());
            }
        }
        return constant;
    }
}
