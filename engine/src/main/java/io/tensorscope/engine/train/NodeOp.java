package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;

/** One ONNX node bound to its attributes, computing its first output from its inputs on NDArrays. */
@FunctionalInterface
interface NodeOp {

    /**
     * @param in the node's inputs (null for an omitted optional one), the mode and the scope of this forward pass
     * @return the node's first output; autograd records it when gradients are being collected
     */
    NDArray apply(OpInputs in);
}
