package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.List;

/**
 * What a {@link NodeOp} computes on.
 *
 * @param arrays   the node's inputs in ONNX order, null where an optional input is omitted
 * @param training true in training mode (BatchNormalization uses and updates batch statistics, Dropout drops)
 * @param scope    the manager of this forward pass: arrays an op creates from scratch belong here
 */
record OpInputs(List<NDArray> arrays, boolean training, NDManager scope) {

    /** @return input {@code i}, or null if the node omits it */
    NDArray get(int i) {
        return i < arrays.size() ? arrays.get(i) : null;
    }

    /** @return the values of input {@code i} (a shape, axes, a scalar bound) as integers */
    long[] longs(int i) {
        return get(i).toType(DataType.INT64, false).toLongArray();
    }
}
