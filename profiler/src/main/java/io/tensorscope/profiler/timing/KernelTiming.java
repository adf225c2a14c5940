package io.tensorscope.profiler.timing;

import io.tensorscope.profiler.stats.Percentiles;
import java.util.List;

/**
 * Time of one kernel of the graph ONNX Runtime ran, over the timed runs, with the cost of the original
 * nodes it covers.
 *
 * @param kernel     node name in the run graph
 * @param opType     operator the kernel implements
 * @param micros     per-run duration percentiles, µs (a kernel run twice in one run counts the sum)
 * @param share      median time as a fraction of the sum of all kernels' median times, 0..1
 * @param flops      FLOPs of the original nodes it covers (cost model, multiply-add = 2)
 * @param bytesMoved bytes of its actual inputs and outputs
 * @param nodes      indices of the original nodes it covers, ascending; empty for runtime-inserted kernels
 */
public record KernelTiming(String kernel, String opType, Percentiles micros, double share, long flops,
                           long bytesMoved, List<Integer> nodes) {

    public KernelTiming {
        nodes = List.copyOf(nodes);
    }

    /** @return FLOPs per byte moved; 0 when nothing moves */
    public double arithmeticIntensity() {
        return bytesMoved == 0 ? 0 : (double) flops / bytesMoved;
    }

    /** @return achieved GFLOP/s at the median time; 0 when the median is 0 µs */
    public double achievedGflops() {
        return micros.median() <= 0 ? 0 : flops / (micros.median() * 1e3);
    }

    /** @return achieved GB/s at the median time; 0 when the median is 0 µs */
    public double achievedGbps() {
        return micros.median() <= 0 ? 0 : bytesMoved / (micros.median() * 1e3);
    }
}
