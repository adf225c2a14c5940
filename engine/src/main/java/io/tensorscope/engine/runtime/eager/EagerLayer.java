package io.tensorscope.engine.runtime.eager;

import ai.djl.nn.Block;
import java.util.Map;

/**
 * One node of an ONNX graph as a DJL block, with the weights to load into its parameters once it is initialised.
 *
 * @param nodeIndex position of the node in the ONNX graph
 * @param nodeName  its name
 * @param opType    its ONNX operator
 * @param block     the block computing it
 * @param weights   parameter name → values in the block's layout (e.g. {@code weight}, {@code bias})
 */
public record EagerLayer(int nodeIndex, String nodeName, String opType, Block block, Map<String, float[]> weights) {

    public EagerLayer {
        weights = Map.copyOf(weights);
    }
}
