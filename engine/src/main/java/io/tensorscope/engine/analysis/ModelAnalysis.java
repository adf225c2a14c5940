package io.tensorscope.engine.analysis;

import io.tensorscope.engine.cost.NodeCost;
import java.util.List;

/**
 * Result of analysing a model for fixed input sizes: summary, per-node cost in graph order, totals.
 *
 * @param summary model facts and resolved inputs/outputs
 * @param nodes   one entry per node, in the order of the graph's node list
 * @param totals  sums over all nodes
 */
public record ModelAnalysis(ModelSummary summary, List<NodeCost> nodes, CostTotals totals) {

    public ModelAnalysis {
        nodes = List.copyOf(nodes);
    }
}
