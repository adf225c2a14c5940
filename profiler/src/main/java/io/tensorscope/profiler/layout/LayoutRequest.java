package io.tensorscope.profiler.layout;

import io.tensorscope.engine.cost.NodeCost;

import java.util.List;
import java.util.Set;

/**
 * What to lay out: a model's nodes, the graph inputs and outputs to draw as small terminal boxes, and the nodes to
 * leave out (constants a user chose to hide). Edges join a box producing a tensor to each box reading it; edges from
 * hidden nodes are left out.
 *
 * @param nodes   every node of the graph in graph order ({@code nodes.get(i).index() == i})
 * @param inputs  names of the graph inputs a caller feeds, each drawn as an input box above its readers
 * @param outputs names of the graph outputs, each drawn as an output box below its producer
 * @param hidden  indices of the nodes not to draw
 */
public record LayoutRequest(List<NodeCost> nodes, List<String> inputs, List<String> outputs, Set<Integer> hidden) {

    public LayoutRequest {
        nodes = List.copyOf(nodes);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        hidden = Set.copyOf(hidden);
    }

    /** @return a request for every node of {@code nodes}, without terminal boxes */
    public static LayoutRequest of(List<NodeCost> nodes) {
        return new LayoutRequest(nodes, List.of(), List.of(), Set.of());
    }
}
