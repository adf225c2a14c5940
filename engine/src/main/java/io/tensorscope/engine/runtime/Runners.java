package io.tensorscope.engine.runtime;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;

/**
 * Opens a model on the runtime and device {@link RunOptions} name. {@link RunOptions.Builder#build()} has already
 * refused a device this build cannot drive, so a CUDA request never becomes a silent CPU run.
 */
@FunctionalInterface
public interface Runners {

    /** ONNX Runtime on the device of the options (the CPU build today). */
    Runners ONNX_RUNTIME = OnnxRunner::open;

    /**
     * @return the model opened and ready to run
     * @throws TensorscopeException {@code INVALID_MODEL} if the runtime rejects the model, {@code UNSUPPORTED_OPERATOR},
     *                              {@code OUT_OF_MEMORY}, {@code DEVICE_UNAVAILABLE}
     */
    Runner open(Model model, RunOptions options) throws TensorscopeException;
}
