package io.tensorscope.engine.runtime;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.eager.EagerRunner;

/**
 * Opens a model on a runtime, on the device {@link RunOptions} names. Every runtime refuses a device it cannot drive
 * with {@code DEVICE_UNAVAILABLE}, so a CUDA request never becomes a silent CPU run.
 */
@FunctionalInterface
public interface Runners {

    /** ONNX Runtime (its CPU build here), kernel by kernel as the graph optimiser leaves it. */
    Runners ONNX_RUNTIME = OnnxRunner::open;

    /** PyTorch eager through DJL (its CPU build here), for chain-structured models ({@link EagerRunner}). */
    Runners PYTORCH_EAGER = EagerRunner::open;

    /**
     * @return the model opened and ready to run
     * @throws TensorscopeException {@code INVALID_MODEL} if the runtime rejects the model, {@code UNSUPPORTED_OPERATOR},
     *                              {@code OUT_OF_MEMORY}, {@code DEVICE_UNAVAILABLE} if the device cannot be driven
     */
    Runner open(Model model, RunOptions options) throws TensorscopeException;
}
