package io.tensorscope.engine.runtime;

/**
 * A device a model can run on.
 *
 * @param kind   CPU or CUDA GPU
 * @param name   e.g. the CPU model or {@code NVIDIA H100}
 * @param detail cores / memory, or why a requested device is absent
 */
public record Device(Kind kind, String name, String detail) {

    /** Kinds of device Tensorscope can use. */
    public enum Kind {
        CPU,
        CUDA
    }
}
