package io.tensorscope.engine.analysis;

import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.shape.InferredShapes;
import java.util.List;

/**
 * Result of analysing a model for fixed input sizes: summary, per-node cost in graph order, totals, and the type and
 * shape of every tensor the analysis inferred.
 *
 * @param summary model facts and resolved inputs/outputs
 * @param nodes   one entry per node, in the order of the graph's node list
 * @param totals  sums over all nodes
 * @param shapes  type and shape of each tensor (inputs, initializers, intermediates) for these input sizes
 */
public record ModelAnalysis(ModelSummary summary, List<NodeCost> nodes, CostTotals totals, InferredShapes shapes) {

    public ModelAnalysis {
        nodes = List.copyOf(nodes);
    }
}
