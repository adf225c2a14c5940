package io.tensorscope.profiler.timing;

import java.util.List;

/**
 * The parsed profile of a session: the duration of each timed model run and the kernels run in it.
 *
 * @param runMicros duration of each timed run as ONNX Runtime recorded it ({@code model_run}), µs
 * @param kernels   kernel executions of those runs, in time order
 */
public record OrtProfile(List<Long> runMicros, List<KernelEvent> kernels) {

    public OrtProfile {
        runMicros = List.copyOf(runMicros);
        kernels = List.copyOf(kernels);
    }
}
