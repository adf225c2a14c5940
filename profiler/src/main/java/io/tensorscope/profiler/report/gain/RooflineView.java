package io.tensorscope.profiler.report.gain;

import java.util.List;

/**
 * A candidate's kernels and the baseline's on one measured roofline, with the kernels that moved most.
 *
 * @param candidate the candidate's name
 * @param roofs     the machine's roofs: bandwidths (GB/s) and peaks (GFLOP/s)
 * @param before    the baseline's kernels
 * @param after     the candidate's kernels
 * @param moved     baseline layers whose kernels changed most in time, the most time saved first (at most 10)
 */
public record RooflineView(String candidate, List<Roof> roofs, List<Point> before, List<Point> after,
                           List<Move> moved) {

    public RooflineView {
        roofs = List.copyOf(roofs);
        before = List.copyOf(before);
        after = List.copyOf(after);
        moved = List.copyOf(moved);
    }

    /**
     * @param name      e.g. {@code DRAM} or {@code int8 peak}
     * @param bandwidth whether it is a bandwidth (GB/s, a slope) or a peak (GFLOP/s, flat)
     * @param value     GB/s or GFLOP/s
     */
    public record Roof(String name, boolean bandwidth, double value) {
    }

    /**
     * @param kernel    kernel name
     * @param opType    its operator
     * @param intensity FLOPs per byte
     * @param gflops    achieved GFLOP/s
     * @param share     its share of kernel time, 0..1
     * @param bound     {@code memory} or {@code compute}
     */
    public record Point(String kernel, String opType, double intensity, double gflops, double share, String bound) {
    }

    /**
     * @param layer        the baseline layer the kernels serve
     * @param beforeKernel the baseline's kernel
     * @param afterKernel  the candidate's kernel serving the same layer
     * @param beforeMicros the baseline kernel's median time, µs
     * @param afterMicros  the candidate kernel's median time, µs
     */
    public record Move(String layer, String beforeKernel, String afterKernel, double beforeMicros, double afterMicros) {
    }
}
