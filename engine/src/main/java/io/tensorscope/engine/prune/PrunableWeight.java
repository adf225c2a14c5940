package io.tensorscope.engine.prune;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A constant float32 weight that pruning may change: an initializer read only as the weight (second input) of
 * {@code Conv}, {@code Gemm} or {@code MatMul} nodes, all of them to be pruned.
 *
 * @param tensor the initializer
 * @param nodes  the nodes reading it, in graph order (more than one when layers share the weight)
 */
record PrunableWeight(TensorProto tensor, List<NodeProto> nodes) {

    PrunableWeight {
        nodes = List.copyOf(nodes);
    }

    /** @return the initializer's name */
    String name() {
        return tensor.getName();
    }

    /** @return the names of the nodes reading it, separated by commas */
    String nodeNames() {
        return nodes.stream().map(NodeProto::getName).collect(Collectors.joining(", "));
    }

    /** @return a copy of its values, row-major */
    float[] values() throws TensorscopeException {
        return InitializerData.floats(tensor);
    }

    /** @return its dimensions */
    long[] dims() {
        return tensor.getDimsList().stream().mapToLong(Long::longValue).toArray();
    }
}
