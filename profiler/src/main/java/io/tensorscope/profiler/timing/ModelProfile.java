package io.tensorscope.profiler.timing;

import io.tensorscope.profiler.stats.Percentiles;
import java.util.List;

/**
 * Measured timing of one model on this machine.
 *
 * @param modelName       the model
 * @param device          where it ran, e.g. the CPU model
 * @param settings        how it was profiled
 * @param latencyMillis   end-to-end latency of a run without the profiler, ms
 * @param profiledMillis  end-to-end latency of a run with the profiler on, ms (same runs, interleaved)
 * @param kernels         what ran, in execution order
 * @param nodes           the user's nodes with their attributed time, in graph order
 * @param events          every timed kernel execution (for traces)
 */
public record ModelProfile(String modelName, String device, ProfileSettings settings, Percentiles latencyMillis,
                           Percentiles profiledMillis, List<KernelTiming> kernels, List<NodeTiming> nodes,
                           List<KernelEvent> events) {

    public ModelProfile {
        kernels = List.copyOf(kernels);
        nodes = List.copyOf(nodes);
        events = List.copyOf(events);
    }

    /** @return the profiler's overhead on the median latency, as a fraction (0.03 = 3 %); may be negative from noise */
    public double profilerOverhead() {
        return profiledMillis.median() / latencyMillis.median() - 1;
    }

    /** @return how many of the user's nodes the runtime folded into constants or eliminated */
    public long removedNodeCount() {
        return nodes.stream().filter(NodeTiming::removed).count();
    }
}
