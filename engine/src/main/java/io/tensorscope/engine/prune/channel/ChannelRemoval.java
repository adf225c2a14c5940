package io.tensorscope.engine.prune.channel;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes the chosen channels of every group from the graph, so it physically shrinks: each touched initializer loses
 * the positions of the removed channels along its axis (positions along one axis from several groups, as after a
 * Concat, go at once), depthwise Convs get their new {@code group}, and the stale {@code value_info} is dropped.
 * When no channel is removed the model is returned as it is.
 */
final class ChannelRemoval {

    private ChannelRemoval() {
    }

    /** @return {@code model} without the channels {@code removed.get(g)} of each group {@code groups.get(g)} */
    static Model apply(Model model, List<ChannelGroup> groups, List<Set<Integer>> removed) throws TensorscopeException {
        GraphProto graph = model.graph();
        Map<String, Map<Integer, Set<Integer>>> cuts = new HashMap<>();
        Map<Integer, Integer> depthwiseDrop = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            ChannelGroup group = groups.get(g);
            for (Touch touch : group.touches()) {
                Set<Integer> positions = cuts.computeIfAbsent(graph.getNode(touch.node()).getInput(touch.input()),
                        k -> new TreeMap<>()).computeIfAbsent(touch.axis(), k -> new HashSet<>());
                for (int c : removed.get(g)) {
                    for (int p : touch.map().positions()[c]) {
                        positions.add(p);
                    }
                }
            }
            for (int node : group.depthwise()) {
                depthwiseDrop.merge(node, removed.get(g).size(), Integer::sum);
            }
        }
        if (cuts.values().stream().allMatch(axes -> axes.values().stream().allMatch(Set::isEmpty))) {
            return model;
        }
        GraphProto.Builder rewritten = graph.toBuilder().clearInitializer().clearValueInfo();
        for (TensorProto t : graph.getInitializerList()) {
            TensorProto cut = t;
            for (Map.Entry<Integer, Set<Integer>> axis : cuts.getOrDefault(t.getName(), Map.of()).entrySet()) {
                cut = TensorSlicing.without(cut, axis.getKey(), axis.getValue());
            }
            rewritten.addInitializer(cut);
        }
        for (Map.Entry<Integer, Integer> drop : depthwiseDrop.entrySet()) {
            NodeProto node = rewritten.getNode(drop.getKey());
            NodeProto.Builder b = node.toBuilder();
            for (int a = 0; a < b.getAttributeCount(); a++) {
                AttributeProto attribute = b.getAttribute(a);
                if (attribute.getName().equals("group")) {
                    b.setAttribute(a, attribute.toBuilder().setI(attribute.getI() - drop.getValue()));
                }
            }
            rewritten.setNode(drop.getKey(), b);
        }
        return model.withProto(model.proto().toBuilder().setGraph(rewritten).build());
    }
}
