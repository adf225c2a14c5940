package io.tensorscope.engine.model;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a graph is a well-formed DAG: every node input is defined (by a graph input, an
 * initializer or exactly one node output) and there is no cycle. Runs in O(nodes + edges).
 */
public final class GraphValidator {

    private GraphValidator() {
    }

    /**
     * @return node indexes in a topological order (producers before consumers)
     * @throws TensorscopeException {@link ErrorCode#INVALID_MODEL} naming the first problem found
     */
    public static int[] topologicalOrder(GraphProto graph) throws TensorscopeException {
        if (graph.getNodeCount() == 0) {
            throw invalid("the graph has no nodes");
        }
        Set<String> defined = new HashSet<>();
        graph.getInputList().forEach(v -> defined.add(v.getName()));
        graph.getInitializerList().forEach(t -> defined.add(t.getName()));
        graph.getSparseInitializerList().forEach(t -> defined.add(t.getValues().getName()));
        GraphIndex index = GraphIndex.of(graph);
        Optional<GraphIndex.DuplicateOutput> twice = index.duplicateOutput();
        if (twice.isPresent()) {
            throw invalid("tensor '" + twice.get().tensor() + "' is produced twice (nodes " + label(graph, twice.get().first())
                    + " and " + label(graph, twice.get().second()) + ")");
        }
        int n = graph.getNodeCount();
        int[] pending = new int[n];
        List<List<Integer>> consumers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            consumers.add(new ArrayList<>(2));
        }
        for (int i = 0; i < n; i++) {
            NodeProto node = graph.getNode(i);
            for (String in : node.getInputList()) {
                if (in.isEmpty()) {
                    continue;
                }
                Optional<Integer> from = index.producerIndex(in);
                if (from.isEmpty()) {
                    if (!defined.contains(in)) {
                        throw invalid("node " + label(graph, i) + " reads '" + in
                                + "', which no input, initializer or node defines");
                    }
                    continue;
                }
                consumers.get(from.get()).add(i);
                pending[i]++;
            }
        }
        return kahn(graph, pending, consumers);
    }

    private static int[] kahn(GraphProto graph, int[] pending, List<List<Integer>> consumers)
            throws TensorscopeException {
        int n = pending.length;
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[n];
        int done = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order[done++] = i;
            for (int c : consumers.get(i)) {
                if (--pending[c] == 0) {
                    ready.add(c);
                }
            }
        }
        if (done < n) {
            for (int i = 0; i < n; i++) {
                if (pending[i] > 0) {
                    throw invalid("the graph has a cycle through node " + label(graph, i));
                }
            }
        }
        return order;
    }

    private static String label(GraphProto graph, int index) {
        NodeProto node = graph.getNode(index);
        return "'" + (node.getName().isEmpty() ? node.getOpType() + "_" + index : node.getName()) + "'";
    }

    private static TensorscopeException invalid(String what) {
        return new TensorscopeException(ErrorCode.INVALID_MODEL, "invalid graph: " + what);
    }
}
