package io.tensorscope.engine.cost;

import io.tensorscope.engine.model.Shape;
import java.util.List;

/**
 * Static cost of one node for fixed input sizes. FLOPs count one multiply-add as 2 FLOPs (see
 * {@code CostModel} for the convention of each op type). When {@code costKnown} is false the op type
 * has no cost rule or its shapes could not be inferred: its numbers are 0 and it must be reported as
 * unknown, never as free.
 *
 * @param index        position of the node in the graph's node list
 * @param name         node name ({@code OpType_index} when the model leaves it empty)
 * @param opType       ONNX operator type (domain-qualified when not the default domain)
 * @param inputs       input tensor names (empty string = omitted optional input)
 * @param outputs      output tensor names
 * @param outputShapes inferred shape of each output, same order as {@code outputs}
 * @param costKnown    whether flops/bytes were computed
 * @param flops        floating-point (or integer) operations, multiply-add = 2
 * @param params       elements of constant weights (initializers) this node reads
 * @param bytesRead    bytes of all inputs read once, by element type
 * @param bytesWritten bytes of all outputs written once, by element type
 */
public record NodeCost(
        int index,
        String name,
        String opType,
        List<String> inputs,
        List<String> outputs,
        List<Shape> outputShapes,
        boolean costKnown,
        long flops,
        long params,
        long bytesRead,
        long bytesWritten) {

    public NodeCost {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        outputShapes = List.copyOf(outputShapes);
    }

    /** @return bytes read plus bytes written */
    public long bytesMoved() {
        return bytesRead + bytesWritten;
    }

    /** @return FLOPs per byte moved; 0 when nothing moves; NaN when the cost is unknown */
    public double arithmeticIntensity() {
        if (!costKnown) {
            return Double.NaN;
        }
        long bytes = bytesMoved();
        return bytes == 0 ? 0 : (double) flops / bytes;
    }
}
