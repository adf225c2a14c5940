package io.tensorscope.engine.model;

import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who produces and who reads each tensor of a graph, built once (see {@link Model#index()}) and never modified: the
 * producer of each tensor, its consumers, the initializers, the tensors held by {@code Constant} nodes, the graph's
 * inputs and outputs, and every name in use (for {@link #newNames()}). Node positions are indices into
 * {@link GraphProto#getNodeList()}.
 */
public final class GraphIndex {

    private final GraphProto graph;
    private final Map<String, Integer> producers = new HashMap<>();
    private final Map<String, List<Integer>> consumers = new HashMap<>();
    private final Map<String, TensorProto> initializers = new HashMap<>();
    private final Map<String, TensorProto> constants = new HashMap<>();
    private final Set<String> inputs = new LinkedHashSet<>();
    private final Set<String> outputs = new LinkedHashSet<>();
    private final Set<String> names = new HashSet<>();
    private DuplicateOutput duplicate;

    /**
     * A tensor two nodes write (an invalid graph; the index keeps the first writer as its producer).
     *
     * @param tensor the tensor
     * @param first  position of the first node writing it
     * @param second position of the next one
     */
    public record DuplicateOutput(String tensor, int first, int second) {
    }

    private GraphIndex(GraphProto graph) {
        this.graph = graph;
        graph.getInitializerList().forEach(t -> initializers.put(t.getName(), t));
        for (int i = 0; i < graph.getNodeCount(); i++) {
            NodeProto node = graph.getNode(i);
            names.add(node.getName());
            for (String output : node.getOutputList()) {
                if (output.isEmpty()) {
                    continue;
                }
                Integer previous = producers.putIfAbsent(output, i);
                if (previous != null && duplicate == null) {
                    duplicate = new DuplicateOutput(output, previous, i);
                }
                names.add(output);
            }
            for (String input : node.getInputList()) {
                if (!input.isEmpty()) {
                    List<Integer> readers = consumers.computeIfAbsent(input, k -> new ArrayList<>());
                    if (readers.isEmpty() || readers.get(readers.size() - 1) != i) {
                        readers.add(i);
                    }
                }
            }
            if (node.getOpType().equals("Constant") && node.getOutputCount() == 1) {
                for (AttributeProto a : node.getAttributeList()) {
                    if (a.getName().equals("value") && a.hasT()) {
                        constants.put(node.getOutput(0), a.getT());
                    }
                }
            }
        }
        graph.getInputList().stream().map(ValueInfoProto::getName).filter(n -> !initializers.containsKey(n))
                .forEach(inputs::add);
        graph.getOutputList().stream().map(ValueInfoProto::getName).forEach(outputs::add);
        names.addAll(initializers.keySet());
        names.addAll(inputs);
        names.addAll(outputs);
        graph.getValueInfoList().forEach(v -> names.add(v.getName()));
    }

    /** @return the index of {@code graph} (prefer {@link Model#index()}, which builds it once per model) */
    public static GraphIndex of(GraphProto graph) {
        return new GraphIndex(graph);
    }

    /** @return the graph indexed */
    public GraphProto graph() {
        return graph;
    }

    /** @return the position of the node that writes {@code tensor}, if a node does (not for inputs and initializers) */
    public Optional<Integer> producerIndex(String tensor) {
        return Optional.ofNullable(producers.get(tensor));
    }

    /** @return the first tensor two nodes write, if any (a valid graph has none) */
    public Optional<DuplicateOutput> duplicateOutput() {
        return Optional.ofNullable(duplicate);
    }

    /** @return the node that writes {@code tensor}, if a node does */
    public Optional<NodeProto> producer(String tensor) {
        return producerIndex(tensor).map(graph::getNode);
    }

    /** @return positions of the nodes that read {@code tensor}, in graph order, each once */
    public List<Integer> consumerIndices(String tensor) {
        return Collections.unmodifiableList(consumers.getOrDefault(tensor, List.of()));
    }

    /** @return the nodes that read {@code tensor}, in graph order, each once */
    public List<NodeProto> consumers(String tensor) {
        return consumerIndices(tensor).stream().map(graph::getNode).toList();
    }

    /** @return the initializer named {@code name}, or null */
    public TensorProto initializer(String name) {
        return initializers.get(name);
    }

    /** @return the tensor a {@code Constant} node writes to {@code name} (its {@code value} attribute), or null */
    public TensorProto constant(String name) {
        return constants.get(name);
    }

    /** @return the initializer or Constant tensor named {@code name}, or null when it is computed or fed */
    public TensorProto constantValue(String name) {
        TensorProto t = initializers.get(name);
        return t != null ? t : constants.get(name);
    }

    /** @return names of the graph inputs a caller feeds (initializers listed as inputs left out), in order */
    public Set<String> inputs() {
        return Collections.unmodifiableSet(inputs);
    }

    /** @return names of the graph outputs, in order */
    public Set<String> outputs() {
        return Collections.unmodifiableSet(outputs);
    }

    /** @return whether {@code tensor} is a graph output */
    public boolean isOutput(String tensor) {
        return outputs.contains(tensor);
    }

    /** @return whether {@code name} is used by a node, a tensor, an initializer or a declared value */
    public boolean isUsed(String name) {
        return names.contains(name);
    }

    /** @return a fresh generator of names unused in this graph (each generator remembers what it handed out) */
    public UniqueNames newNames() {
        return new UniqueNames(names);
    }
}
