package io.tensorscope.profiler.timing;

/**
 * One kernel execution recorded by ONNX Runtime's profiler during one model run.
 *
 * @param kernel         name of the node in the graph ONNX Runtime ran (after its optimisations)
 * @param opType         operator the kernel implements, e.g. {@code FusedMatMul}
 * @param provider       execution provider, e.g. {@code CPUExecutionProvider}
 * @param threadId       id of the thread that ran it
 * @param startMicros    start, µs since the profiler started
 * @param durationMicros duration in µs
 * @param run            index of the timed run it belongs to, 0-based (warm-up runs are dropped)
 * @param bytesMoved     bytes of the inputs and outputs the runtime listed, from the shapes and types it ran on
 *                       (weights it pre-packed at load time are not listed)
 * @param inputsListed   how many inputs the runtime listed
 */
public record KernelEvent(String kernel, String opType, String provider, long threadId, long startMicros,
                          long durationMicros, int run, long bytesMoved, int inputsListed) {
}
