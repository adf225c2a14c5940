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
 * Concat, go at once), depthwise Convs get their new {@code group}, Splits and Slices on the channel axis their moved
 * sizes and bounds ({@link AxisCutWriter}), and the stale {@code value_info} is dropped.
 * When no channel is removed the model is returned as it is.
 */
final class ChannelRemoval {

    private ChannelRemoval() {
    }

    /** @return {@code model} without the channels {@code removed.get(g)} of each group {@code groups.get(g)} */
    static Model apply(Model model, List<ChannelGroup> groups, List<Set<Integer>> removed) throws TensorscopeException {
        GraphProto graph = model.graph();
        Map<String, Map<Integer, Set<Integer>>> cuts = new HashMap<>();
        Map<Integer, Map<Integer, AxisCut>> axisCuts = new TreeMap<>();
        Map<Integer, Map<Integer, Set<Integer>>> axisRemoved = new HashMap<>();
        Set<Integer> depthwise = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            ChannelGroup group = groups.get(g);
            for (Touch touch : group.touches()) {
                add(cuts.computeIfAbsent(graph.getNode(touch.node()).getInput(touch.input()), k -> new TreeMap<>())
                        .computeIfAbsent(touch.axis(), k -> new HashSet<>()), touch.map(), removed.get(g));
            }
            for (AxisCut cut : group.cuts()) {
                axisCuts.computeIfAbsent(cut.node(), k -> new TreeMap<>()).putIfAbsent(cut.entry(), cut);
                add(axisRemoved.computeIfAbsent(cut.node(), k -> new HashMap<>()).computeIfAbsent(cut.entry(),
                        k -> new HashSet<>()), cut.map(), removed.get(g));
            }
            depthwise.addAll(group.depthwise());
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
        for (int node : depthwise) {
            NodeProto.Builder b = rewritten.getNode(node).toBuilder();
            int dropped = cuts.get(graph.getNode(node).getInput(1)).get(0).size();
            for (int a = 0; a < b.getAttributeCount(); a++) {
                AttributeProto attribute = b.getAttribute(a);
                if (attribute.getName().equals("group")) {
                    b.setAttribute(a, attribute.toBuilder().setI(attribute.getI() - dropped));
                }
            }
            rewritten.setNode(node, b);
        }
        Map<Integer, Map<Integer, long[]>> moved = new TreeMap<>();
        axisCuts.forEach((node, entries) -> entries.forEach((entry, cut) -> moved.computeIfAbsent(node,
                k -> new TreeMap<>()).put(entry, cut.moved(axisRemoved.get(node).get(entry)))));
        AxisCutWriter.write(rewritten, model.index(), model.opsetVersion(), moved);
        return model.withProto(model.proto().toBuilder().setGraph(rewritten).build());
    }

    /** Adds to {@code positions} where {@code map} has each of the {@code channels}. */
    private static void add(Set<Integer> positions, ChannelMap map, Set<Integer> channels) {
        for (int c : channels) {
            for (int p : map.positions()[c]) {
                positions.add(p);
            }
        }
    }
}
