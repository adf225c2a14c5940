package io.tensorscope.profiler.timing;

/**
 * Time attributed to one node of the user's graph. A kernel's median time is split among the original
 * nodes it covers in proportion to their FLOPs (by bytes when the kernel has no FLOPs, evenly when it has
 * neither); nodes folded away or eliminated by the runtime take no time and name no kernel.
 *
 * @param index        position in the original graph
 * @param name         node name
 * @param opType       ONNX operator type
 * @param medianMicros attributed median time, µs
 * @param share        attributed fraction of the total kernel time, 0..1
 * @param kernel       the kernel that ran it, or empty when it was folded or eliminated
 */
public record NodeTiming(int index, String name, String opType, double medianMicros, double share, String kernel) {

    /** @return whether the runtime removed the node (constant folding, elimination) */
    public boolean removed() {
        return kernel.isEmpty();
    }
}
