package io.tensorscope.profiler.layout;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.cost.NodeCost;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each graph's layout, keyed by its structure (op types and tensor wiring), so reopening a
 * model does not lay it out again. Thread-safe.
 */
public final class LayoutCache {

    private record Key(List<String> opTypes, List<List<String>> inputs, List<List<String>> outputs) {
        static Key of(List<NodeCost> nodes) {
            return new Key(nodes.stream().map(NodeCost::opType).toList(),
                    nodes.stream().map(NodeCost::inputs).toList(),
                    nodes.stream().map(NodeCost::outputs).toList());
        }
    }

    private final Map<Key, GraphLayout> layouts = new ConcurrentHashMap<>();

    /** @return the cached layout of this graph, or a new one from {@link GraphLayouter#layout} */
    public GraphLayout layout(List<NodeCost> nodes, ProgressListener progress) throws TensorscopeException {
        Key key = Key.of(nodes);
        GraphLayout cached = layouts.get(key);
        if (cached != null) {
            return cached;
        }
        GraphLayout layout = GraphLayouter.layout(nodes, progress);
        layouts.put(key, layout);
        return layout;
    }
}
