package io.tensorscope.engine.prune.channel;

import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.engine.model.UniqueNames;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes the moved bounds of a Split or a Slice back into the graph, in the form its opset reads
 * ({@link AxisCutReader}): a Split's sizes (a {@code split} input from opset 13 — added, and {@code num_outputs}
 * dropped, where it split equally — or its {@code split} attribute before), a Slice's start and end on each cut axis
 * (its starts and ends, inputs from opset 10, attributes before). An int64 constant only this node reads is rewritten
 * in place (initializer or Constant node, same name); one that other nodes read too is left to them and the node
 * reads a new initializer, and a constant no node reads any more once every reader moved off it is dropped.
 */
final class AxisCutWriter {

    private final GraphProto.Builder graph;
    private final GraphIndex index;
    private final long opset;
    private final UniqueNames names;
    private final Set<String> abandoned = new HashSet<>();

    private AxisCutWriter(GraphProto.Builder graph, GraphIndex index, long opset) {
        this.graph = graph;
        this.index = index;
        this.opset = opset;
        this.names = index.newNames();
    }

    /**
     * @param graph the graph being rewritten, its nodes at the positions {@code index} has them (until this returns:
     *              dropped Constant nodes shift the later ones)
     * @param index the index of the graph before the removal
     * @param opset the opset of the default domain
     * @param moved for each Split or Slice (its position), for each cut entry ({@link AxisCut#entry()}), its bounds
     *              once the removed channels are gone
     */
    static void write(GraphProto.Builder graph, GraphIndex index, long opset, Map<Integer, Map<Integer, long[]>> moved) {
        AxisCutWriter writer = new AxisCutWriter(graph, index, opset);
        moved.forEach(writer::write);
        writer.dropUnread();
    }

    private void write(int node, Map<Integer, long[]> moved) {
        NodeProto n = graph.getNode(node);
        if (n.getOpType().equals("Split")) {
            long[] bounds = moved.get(0);
            long[] sizes = new long[bounds.length - 1];
            Arrays.setAll(sizes, j -> bounds[j + 1] - bounds[j]);
            writeSplit(node, sizes);
            return;
        }
        boolean attributes = opset < 10;
        long[] starts = attributes ? NodeAttributes.ints(n, "starts") : AxisCutReader.constantLongs(index, n.getInput(1));
        long[] ends = attributes ? NodeAttributes.ints(n, "ends") : AxisCutReader.constantLongs(index, n.getInput(2));
        moved.forEach((entry, bounds) -> {
            starts[entry] = bounds[0];
            ends[entry] = bounds[1];
        });
        if (attributes) {
            setAttribute(node, "starts", starts);
            setAttribute(node, "ends", ends);
        } else {
            setInput(node, 1, starts);
            setInput(node, 2, ends);
        }
    }

    private void writeSplit(int node, long[] sizes) {
        NodeProto n = graph.getNode(node);
        if (opset < 13) {
            setAttribute(node, "split", sizes);
        } else if (n.getInputCount() > 1 && !n.getInput(1).isEmpty()) {
            setInput(node, 1, sizes);
        } else {
            String name = names.next((n.getName().isEmpty() ? n.getOutput(0) : n.getName()) + "_split");
            graph.addInitializer(Tensors.longs(name, sizes, sizes.length));
            NodeProto.Builder b = n.toBuilder();
            if (b.getInputCount() > 1) {
                b.setInput(1, name);
            } else {
                b.addInput(name);
            }
            for (int a = b.getAttributeCount() - 1; a >= 0; a--) {
                if (b.getAttribute(a).getName().equals("num_outputs")) {
                    b.removeAttribute(a);
                }
            }
            graph.setNode(node, b);
        }
    }

    private void setAttribute(int node, String name, long[] values) {
        NodeProto.Builder b = graph.getNode(node).toBuilder();
        AttributeProto attribute = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS)
                .addAllInts(Arrays.stream(values).boxed().toList()).build();
        for (int a = 0; a < b.getAttributeCount(); a++) {
            if (b.getAttribute(a).getName().equals(name)) {
                graph.setNode(node, b.setAttribute(a, attribute));
                return;
            }
        }
        graph.setNode(node, b.addAttribute(attribute));
    }

    /** Makes input {@code k} of the node hold {@code values}, in place when only this node reads it. */
    private void setInput(int node, int k, long[] values) {
        String name = graph.getNode(node).getInput(k);
        if (Arrays.equals(AxisCutReader.constantLongs(index, name), values)) {
            return;
        }
        long[] dims = index.constantValue(name).getDimsList().stream().mapToLong(Long::longValue).toArray();
        boolean alone = index.consumerIndices(name).size() == 1 && !index.isOutput(name);
        if (alone && index.initializer(name) != null) {
            for (int i = 0; i < graph.getInitializerCount(); i++) {
                if (graph.getInitializer(i).getName().equals(name)) {
                    graph.setInitializer(i, Tensors.longs(name, values, dims));
                }
            }
        } else if (alone) {
            int constant = index.producerIndex(name).orElseThrow();
            NodeProto.Builder b = graph.getNode(constant).toBuilder();
            for (int a = 0; a < b.getAttributeCount(); a++) {
                if (b.getAttribute(a).getName().equals("value")) {
                    TensorProto t = Tensors.longs(name, values, dims);
                    b.setAttribute(a, b.getAttribute(a).toBuilder().setT(t));
                }
            }
            graph.setNode(constant, b);
        } else {
            String fresh = names.next(name);
            graph.addInitializer(Tensors.longs(fresh, values, dims));
            graph.setNode(node, graph.getNode(node).toBuilder().setInput(k, fresh));
            abandoned.add(name);
        }
    }

    /** Drops the constants nodes were moved off when no node, graph input or output still names them. */
    private void dropUnread() {
        Set<String> named = new HashSet<>(index.outputs());
        graph.getNodeList().forEach(n -> named.addAll(n.getInputList()));
        graph.getInputList().forEach(v -> named.add(v.getName()));
        abandoned.removeAll(named);
        for (int i = graph.getInitializerCount() - 1; i >= 0; i--) {
            if (abandoned.contains(graph.getInitializer(i).getName())) {
                graph.removeInitializer(i);
            }
        }
        for (int i = graph.getNodeCount() - 1; i >= 0; i--) {
            if (graph.getNode(i).getOpType().equals("Constant") && abandoned.contains(graph.getNode(i).getOutput(0))) {
                graph.removeNode(i);
            }
        }
    }
}
