package io.tensorscope.engine.prune.channel;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Set;

/** Removes positions along one axis of a float32 tensor, keeping its name and the order of what stays. */
final class TensorSlicing {

    private TensorSlicing() {
    }

    /**
     * @param tensor  a float32 tensor held in the model
     * @param axis    the axis, 0-based
     * @param removed positions along {@code axis} to drop
     * @return the tensor without them
     */
    static TensorProto without(TensorProto tensor, int axis, Set<Integer> removed) throws TensorscopeException {
        float[] values = InitializerData.floats(tensor);
        long[] dims = tensor.getDimsList().stream().mapToLong(Long::longValue).toArray();
        int size = Math.toIntExact(dims[axis]);
        long outer = 1;
        for (int d = 0; d < axis; d++) {
            outer *= dims[d];
        }
        int inner = Math.toIntExact(values.length / (outer * size));
        int kept = size - (int) removed.stream().filter(p -> p >= 0 && p < size).count();
        float[] result = new float[Math.toIntExact(outer * kept * inner)];
        int n = 0;
        for (long o = 0; o < outer; o++) {
            for (int p = 0; p < size; p++) {
                if (!removed.contains(p)) {
                    System.arraycopy(values, Math.toIntExact((o * size + p) * inner), result, n, inner);
                    n += inner;
                }
            }
        }
        long[] newDims = dims.clone();
        newDims[axis] = kept;
        return Tensors.floats(tensor.getName(), result, newDims);
    }
}
