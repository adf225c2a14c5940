package io.tensorscope.profiler.ceilings;

import java.time.Instant;
import java.util.List;

/**
 * The measured roofs of this machine, for one thread and for all requested threads, cached per machine.
 *
 * @param cpuModel       CPU model name
 * @param logicalCores   logical cores the JVM sees
 * @param runtime        the runtime the compute roofs were measured with, e.g. {@code ONNX Runtime 1.21.1}
 * @param caches         cache sizes the sweep was read against
 * @param measuredAt     when they were measured
 * @param singleThread   roofs on one thread
 * @param allThreads     roofs on {@code allThreads.threads()} threads (the same object as {@code singleThread}
 *                       when that is 1)
 * @param gpu            GPU roofs, absent with the reason when there is no usable GPU
 * @param notes          what could not be measured and why
 */
public record MachineCeilings(String cpuModel, int logicalCores, String runtime, CacheSizes caches, Instant measuredAt,
                              ThreadCeilings singleThread, ThreadCeilings allThreads, GpuCeilings gpu,
                              List<String> notes) {

    public MachineCeilings {
        notes = List.copyOf(notes);
    }

    /** @return the same roofs with {@code note} added to the notes */
    public MachineCeilings withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new MachineCeilings(cpuModel, logicalCores, runtime, caches, measuredAt, singleThread, allThreads, gpu, more);
    }

    /** @return the roofs for {@code threads} threads: one thread's, or else all threads' */
    public ThreadCeilings forThreads(int threads) {
        return threads <= 1 ? singleThread : allThreads;
    }
}
