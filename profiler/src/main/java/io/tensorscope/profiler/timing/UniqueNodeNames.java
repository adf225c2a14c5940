package io.tensorscope.profiler.timing;

import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.GraphProto;
import java.util.HashSet;
import java.util.Set;

/** Gives every node a unique, non-empty name, so profiler events (keyed by node name) map to one node each. */
final class UniqueNodeNames {

    private UniqueNodeNames() {
    }

    /** @return {@code model} itself when its names are already unique, else a renamed copy (same graph otherwise) */
    static Model of(Model model) {
        GraphProto graph = model.graph();
        Set<String> seen = new HashSet<>();
        boolean unique = graph.getNodeList().stream().allMatch(n -> !n.getName().isEmpty() && seen.add(n.getName()));
        if (unique) {
            return model;
        }
        GraphProto.Builder renamed = graph.toBuilder();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            String name = model.nodeName(i);
            while (!used.add(name)) {
                name = name + "_" + i;
            }
            renamed.getNodeBuilder(i).setName(name);
        }
        return model.withProto(model.proto().toBuilder().setGraph(renamed).build());
    }
}
