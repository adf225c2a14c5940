package io.tensorscope.engine.runtime;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;

/**
 * Opens a model on a runtime, on the device {@link RunOptions} names ({@link #ONNX_RUNTIME} here; PyTorch eager is
 * {@code runtime.eager.EagerRunner.PYTORCH_EAGER}, kept there so this package does not depend on its sub-package). Every runtime refuses a device it cannot drive
 * with {@code DEVICE_UNAVAILABLE}, so a CUDA request never becomes a silent CPU run.
 */
@FunctionalInterface
public interface Runners {

    /** ONNX Runtime (its CPU build here), kernel by kernel as the graph optimiser leaves it. */
    Runners ONNX_RUNTIME = OnnxRunner::open;

    /**
     * @return the model opened and ready to run
     * @throws TensorscopeException {@code INVALID_MODEL} if the runtime rejects the model, {@code UNSUPPORTED_OPERATOR},
     *                              {@code OUT_OF_MEMORY}, {@code DEVICE_UNAVAILABLE} if the device cannot be driven
     */
    Runner open(Model model, RunOptions options) throws TensorscopeException;
}
