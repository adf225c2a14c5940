package io.tensorscope.engine.model;

import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.List;

/**
 * Every tensor a graph stores, wherever the exporter put it: initializers, the tensors of node attributes (a
 * {@code Constant}'s value, {@code tensors} lists) and, recursively, those of subgraphs ({@code If} branches,
 * {@code Loop} and {@code Scan} bodies). What load-time checks walk, so none escapes them.
 */
public final class StoredTensors {

    private StoredTensors() {
    }

    /** @return the stored tensors of {@code graph} and its subgraphs, initializers of each graph first */
    public static List<TensorProto> of(GraphProto graph) {
        List<TensorProto> tensors = new ArrayList<>();
        collect(graph, tensors);
        return tensors;
    }

    private static void collect(GraphProto graph, List<TensorProto> tensors) {
        tensors.addAll(graph.getInitializerList());
        for (NodeProto node : graph.getNodeList()) {
            for (AttributeProto a : node.getAttributeList()) {
                if (a.hasT()) {
                    tensors.add(a.getT());
                }
                tensors.addAll(a.getTensorsList());
                if (a.hasG()) {
                    collect(a.getG(), tensors);
                }
                for (GraphProto g : a.getGraphsList()) {
                    collect(g, tensors);
                }
            }
        }
    }
}
