package io.tensorscope.profiler.timing;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphIndex;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which nodes of the user's graph each kernel of the graph ONNX Runtime ran covers. ONNX Runtime keeps the
 * original name of every tensor it still materialises, and names a rewritten node after the one it replaces
 * ({@code fused dense_1}, {@code conv2d_2/relu_nchwc}). So, taking kernels in execution order, a kernel covers
 * the node it is named after, the original producer of each of its outputs and, walking backwards from those,
 * every original node whose output no longer exists in the run graph (fused away or replaced by a runtime
 * layout), unless an earlier kernel covers it already. Original nodes no kernel covers were folded into
 * constants or eliminated. Without optimisation the mapping is 1:1.
 */
public final class KernelMapping {

    private static final Pattern FUSED_PREFIX = Pattern.compile("^fused ");
    private static final Pattern RUNTIME_SUFFIX = Pattern.compile("(_nchwc|_token_\\d+)$");

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
        GraphIndex index = GraphIndex.of(original);
        Function<String, Integer> producer = tensor -> index.producerIndex(tensor).orElse(null);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < original.getNodeCount(); i++) {
            byName.putIfAbsent(original.getNode(i).getName(), i);
        }
        Set<String> materialised = tensorsOf(run);
        Map<Integer, String> owner = new HashMap<>();
        Map<String, List<Integer>> nodesByKernel = new LinkedHashMap<>();
        for (NodeProto kernel : run.getNodeList()) {
            List<Integer> covered = new ArrayList<>();
            Deque<Integer> pending = new ArrayDeque<>();
            anchorOf(kernel.getName(), byName, producer).ifPresent(pending::push);
            for (String output : kernel.getOutputList()) {
                Integer node = producer.apply(output);
                if (node != null) {
                    pending.push(node);
                }
            }
            while (!pending.isEmpty()) {
                int node = pending.pop();
                if (owner.containsKey(node)) {
                    continue;
                }
                owner.put(node, kernel.getName());
                covered.add(node);
                for (String input : original.getNode(node).getInputList()) {
                    Integer upstream = producer.apply(input);
                    if (upstream != null && !materialised.contains(input)) {
                        pending.push(upstream);
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

    /**
     * @return the original node a kernel is named after: its own name, or with ONNX Runtime's decorations removed
     * ({@code fused } prefix, {@code _nchwc} / {@code _token_N} suffixes), as a node name or a node's output name
     */
    static Optional<Integer> anchorOf(String kernel, Map<String, Integer> byName, Function<String, Integer> producer) {
        String base = kernel;
        String previous;
        do {
            previous = base;
            base = FUSED_PREFIX.matcher(base).replaceFirst("");
            base = RUNTIME_SUFFIX.matcher(base).replaceFirst("");
        } while (!base.equals(previous));
        for (String candidate : List.of(kernel, base)) {
            Integer node = byName.containsKey(candidate) ? byName.get(candidate) : producer.apply(candidate);
            if (node != null) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
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
