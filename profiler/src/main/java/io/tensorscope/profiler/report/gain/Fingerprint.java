package io.tensorscope.profiler.report.gain;

import java.util.List;

/**
 * The machine and software the figures come from: accuracy and speed depend on them.
 *
 * @param cpuModel     the CPU
 * @param logicalCores logical cores
 * @param threads      intra-op threads the models were timed with
 * @param os           operating system name, version and architecture
 * @param java         Java runtime version
 * @param runtime      the inference runtime and its version
 * @param tensorscope  Tensorscope's version
 * @param ceilings     the measured ceilings at those threads, in display order; empty when not measured
 * @param notes        what a reader must know about the figures (e.g. a model measured on another machine)
 */
public record Fingerprint(String cpuModel, int logicalCores, int threads, String os, String java, String runtime,
                          String tensorscope, List<Ceiling> ceilings, List<String> notes) {

    public Fingerprint {
        ceilings = List.copyOf(ceilings);
        notes = List.copyOf(notes);
    }

    /**
     * One measured ceiling.
     *
     * @param name  e.g. {@code L1 bandwidth} or {@code fp32 peak}
     * @param value its value
     * @param unit  {@code GB/s} or {@code GFLOP/s}
     */
    public record Ceiling(String name, double value, String unit) {
    }
}
