package io.tensorscope.profiler.timing;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which nodes of the user's graph each kernel of the graph ONNX Runtime ran covers. ONNX Runtime keeps the
 * original name of every tensor it still materialises, so a kernel covers the original producer of each of
 * its outputs and, walking backwards, every original node whose output no longer exists in the run graph
 * (it was fused away). Original nodes no kernel covers were folded into constants or eliminated.
 * Without optimisation the mapping is 1:1.
 */
public final class KernelMapping {

    private final Map<String, List<Integer>> nodesByKernel;
    private final Set<Integer> removedNodes;
    private final Map<String, KernelInputs> inputsByKernel;

    /** A run-graph node's input count and the bytes of its constant inputs, largest first. */
    private record KernelInputs(int count, List<Long> constantBytes) {
    }

    private KernelMapping(Map<String, List<Integer>> nodesByKernel, Set<Integer> removedNodes,
                          Map<String, KernelInputs> inputsByKernel) {
        this.nodesByKernel = nodesByKernel;
        this.removedNodes = removedNodes;
        this.inputsByKernel = inputsByKernel;
    }

    /**
     * @param original the user's graph
     * @param run      the graph ONNX Runtime ran (saved after optimisation), its nodes in execution order
     * @return the mapping
     */
    public static KernelMapping between(GraphProto original, GraphProto run) {
        Map<String, Integer> producer = new HashMap<>();
        for (int i = 0; i < original.getNodeCount(); i++) {
            for (String output : original.getNode(i).getOutputList()) {
                producer.put(output, i);
            }
        }
        Set<String> materialised = tensorsOf(run);
        Map<Integer, String> owner = new HashMap<>();
        Map<String, List<Integer>> nodesByKernel = new LinkedHashMap<>();
        for (NodeProto kernel : run.getNodeList()) {
            List<Integer> covered = new ArrayList<>();
            Deque<String> pending = new ArrayDeque<>(kernel.getOutputList());
            while (!pending.isEmpty()) {
                Integer node = producer.get(pending.pop());
                if (node == null || owner.containsKey(node)) {
                    continue;
                }
                owner.put(node, kernel.getName());
                covered.add(node);
                for (String input : original.getNode(node).getInputList()) {
                    if (!input.isEmpty() && !materialised.contains(input)) {
                        pending.push(input);
                    }
                }
            }
            covered.sort(Integer::compare);
            nodesByKernel.put(kernel.getName(), List.copyOf(covered));
        }
        Set<Integer> removed = new HashSet<>();
        for (int i = 0; i < original.getNodeCount(); i++) {
            if (!owner.containsKey(i)) {
                removed.add(i);
            }
        }
        return new KernelMapping(nodesByKernel, removed, inputsOf(run));
    }

    private static Map<String, KernelInputs> inputsOf(GraphProto run) {
        Map<String, Long> initializerBytes = new HashMap<>();
        for (TensorProto t : run.getInitializerList()) {
            long elements = 1;
            for (long d : t.getDimsList()) {
                elements *= d;
            }
            initializerBytes.put(t.getName(), ElementType.fromOnnx(t.getDataType()).bytesFor(elements));
        }
        Map<String, KernelInputs> inputs = new HashMap<>();
        for (NodeProto kernel : run.getNodeList()) {
            List<String> names = kernel.getInputList().stream().filter(n -> !n.isEmpty()).toList();
            List<Long> constant = names.stream().filter(initializerBytes::containsKey).map(initializerBytes::get)
                    .sorted(Comparator.reverseOrder()).toList();
            inputs.put(kernel.getName(), new KernelInputs(names.size(), constant));
        }
        return inputs;
    }

    /** @return every tensor name the graph reads, writes, declares or holds as an initializer */
    private static Set<String> tensorsOf(GraphProto graph) {
        Set<String> names = new HashSet<>();
        for (NodeProto node : graph.getNodeList()) {
            names.addAll(node.getInputList());
            names.addAll(node.getOutputList());
        }
        for (ValueInfoProto value : graph.getInputList()) {
            names.add(value.getName());
        }
        for (TensorProto t : graph.getInitializerList()) {
            names.add(t.getName());
        }
        return names;
    }

    /** @return indices (in the original graph) of the nodes kernel {@code kernel} covers; empty if none or unknown */
    public List<Integer> nodesOf(String kernel) {
        return nodesByKernel.getOrDefault(kernel, List.of());
    }

    /**
     * @param kernel       a kernel of the run graph
     * @param inputsListed how many inputs its profiler event listed
     * @return bytes of the constant inputs the event left out (weights pre-packed at load time): the largest
     * constant inputs, as many as are missing
     */
    public long unlistedWeightBytes(String kernel, int inputsListed) {
        KernelInputs inputs = inputsByKernel.get(kernel);
        if (inputs == null || inputsListed >= inputs.count()) {
            return 0;
        }
        return inputs.constantBytes().stream().limit(inputs.count() - inputsListed).mapToLong(Long::longValue).sum();
    }

    /** @return the kernels of the run graph, in execution order */
    public Set<String> kernels() {
        return nodesByKernel.keySet();
    }

    /** @return indices of original nodes no kernel covers (constant-folded or eliminated) */
    public Set<Integer> removedNodes() {
        return Set.copyOf(removedNodes);
    }
}
