package io.tensorscope.profiler.usecase;

import io.tensorscope.profiler.timing.BlockProfiler;
import io.tensorscope.profiler.timing.ModelProfiler;
import java.util.Arrays;
import java.util.Optional;

/** The runtime a profile times the model on. */
public enum ProfileEngine {

    /** ONNX Runtime, kernel by kernel through its own profiler ({@link ModelProfiler}). */
    ONNX_RUNTIME("onnxruntime"),
    /** PyTorch eager, block by block ({@link BlockProfiler}); chain-structured models such as the MNIST CNN. */
    PYTORCH("pytorch");

    private final String id;

    ProfileEngine(String id) {
        this.id = id;
    }

    /** @return the short name users type, e.g. {@code onnxruntime} */
    public String id() {
        return id;
    }

    /** @return the engine whose {@link #id()} is {@code id}, if any */
    public static Optional<ProfileEngine> byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }
}
