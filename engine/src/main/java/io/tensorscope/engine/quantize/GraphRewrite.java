package io.tensorscope.engine.quantize;

import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Provenance;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import io.tensorscope.onnx.Onnx.ValueInfoProto;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A pass's rewrite of a graph in progress: the new node list, the initializers it adds, and what it reports. Nodes
 * added while an original node is handled are marked as serving it ({@link #served}). On {@link #finish} the original
 * initializers no node reads any more (replaced weights) are dropped.
 */
final class GraphRewrite {

    final List<NodeProto> nodes = new ArrayList<>();
    final List<TensorProto> added = new ArrayList<>();
    final List<String> converted = new ArrayList<>();
    final List<String> excluded = new ArrayList<>();
    final List<TensorQuantization> tensors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    /** Keeps {@code node} as it is, noting it as excluded when the exclusion list kept it. */
    void keep(NodeProto node, boolean wasExcluded) {
        nodes.add(node);
        if (wasExcluded) {
            excluded.add(node.getName());
        }
    }

    /** @return a mark to pass to {@link #served} once the nodes for one original node are added */
    int mark() {
        return nodes.size();
    }

    /** Records that the nodes added since {@code mark} serve {@code original} (provenance). */
    void served(int mark, NodeProto original) {
        Provenance.markServing(nodes, mark, original);
    }

    /**
     * @param original the model the pass started from
     * @param pass     the pass's id
     * @param notes    notes for the user
     * @return the rewritten model and the pass's report
     */
    PassResult finish(Model original, String pass, List<String> notes) {
        GraphProto graph = original.graph();
        Set<String> read = new HashSet<>();
        nodes.forEach(n -> read.addAll(n.getInputList()));
        graph.getOutputList().stream().map(ValueInfoProto::getName).forEach(read::add);
        GraphProto.Builder rewritten = graph.toBuilder().clearNode().addAllNode(nodes).clearInitializer();
        graph.getInitializerList().stream().filter(t -> read.contains(t.getName())).forEach(rewritten::addInitializer);
        rewritten.addAllInitializer(added);
        Model result = original.withProto(original.proto().toBuilder().setGraph(rewritten).build());
        return new PassResult(result, PassReport.of(pass, graph, original.proto().getSerializedSize(), result.graph(),
                result.proto().getSerializedSize(), converted, excluded, notes, warnings, QuantizationTable.of(tensors)));
    }
}
