package io.tensorscope.profiler.layout;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.cost.NodeCost;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each graph's layout, keyed by its structure (node names, op types, tensor wiring, terminals, hidden nodes), so
 * reopening a model or showing its constants again does not lay it out again. Thread-safe.
 */
public final class LayoutCache {

    private record Key(List<String> names, List<String> opTypes, List<List<String>> inputs, List<List<String>> outputs,
                       List<String> graphInputs, List<String> graphOutputs, Set<Integer> hidden) {
        static Key of(LayoutRequest request) {
            List<NodeCost> nodes = request.nodes();
            return new Key(nodes.stream().map(NodeCost::name).toList(), nodes.stream().map(NodeCost::opType).toList(),
                    nodes.stream().map(NodeCost::inputs).toList(),
                    nodes.stream().map(NodeCost::outputs).toList(),
                    request.inputs(), request.outputs(), request.hidden());
        }
    }

    private final Map<Key, GraphLayout> layouts = new ConcurrentHashMap<>();

    /** @return the cached layout of this request, or a new one from {@link GraphLayouter#layout(LayoutRequest, ProgressListener)} */
    public GraphLayout layout(LayoutRequest request, ProgressListener progress) throws TensorscopeException {
        Key key = Key.of(request);
        GraphLayout cached = layouts.get(key);
        if (cached != null) {
            return cached;
        }
        GraphLayout layout = GraphLayouter.layout(request, progress);
        layouts.put(key, layout);
        return layout;
    }
}
