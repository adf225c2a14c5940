package io.tensorscope.engine.runtime.eager;

import java.util.List;

/**
 * A chain-structured ONNX model rebuilt as DJL blocks, one per node, for eager execution (PyTorch engine):
 * per-block timing now, training later.
 *
 * @param name   the model's name
 * @param input  name of the single graph input
 * @param output name of the tensor the last block computes
 * @param layers the blocks in execution order
 */
public record EagerModel(String name, String input, String output, List<EagerLayer> layers) {

    public EagerModel {
        layers = List.copyOf(layers);
    }
}
