package io.tensorscope.engine.runtime;

import io.tensorscope.engine.TensorscopeException;
import java.util.List;

/**
 * A model opened on a runtime and a device, ready to run: the seam every runtime plugs into (ONNX Runtime and PyTorch
 * eager, both on the CPU here; {@link Runners} opens one on the device {@link RunOptions} asks for). Not thread-safe;
 * close it when done.
 */
public interface Runner extends AutoCloseable {

    /**
     * Runs the model once.
     *
     * @param inputs one tensor per model input, in the model's input order
     * @return the outputs in the model's output order, float tensors as floats and int64 as longs
     * @throws TensorscopeException {@code BAD_INPUT_SHAPE} if the runtime rejects the inputs; {@code OUT_OF_MEMORY}
     */
    List<TensorData> run(List<TensorData> inputs) throws TensorscopeException;

    /** Frees the session and everything it holds. */
    @Override
    void close();
}
