package io.tensorscope.profiler.ceilings;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.runtime.DeviceDiscovery;
import io.tensorscope.engine.runtime.OnnxRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Measures this machine's roofs: a triad bandwidth sweep ({@link TriadBandwidth}) read into levels
 * ({@link BandwidthLevels}) and matrix-product peaks per precision ({@link ComputePeak}), for one thread and
 * for the requested thread count. A precision the runtime has no kernel for is noted, not fatal.
 */
final class CeilingsProbe {

    private static final List<Precision> PRECISIONS = List.of(Precision.FP32, Precision.INT8, Precision.FP16);

    private CeilingsProbe() {
    }

    static MachineCeilings measure(int threads, MeasurementBudget budget, ProgressListener progress)
            throws TensorscopeException {
        if (threads < 1) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "threads must be at least 1, not " + threads);
        }
        CacheSizes caches = CacheSizes.detect();
        List<String> notes = new ArrayList<>();
        if (!caches.detected()) {
            notes.add("cache sizes not readable from /sys: assumed 32 KiB / 1 MiB / 32 MiB");
        }
        List<Integer> counts = threads == 1 ? List.of(1) : List.of(1, threads);
        List<ThreadCeilings> measured = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            int n = counts.get(i);
            double from = (double) i / counts.size();
            double span = 1.0 / counts.size();
            measured.add(measureThreads(n, caches, budget, notes, progress, from, span));
        }
        progress.onProgress(1, "done");
        MachineKey key = MachineKey.current(threads);
        return new MachineCeilings(key.cpuModel(), key.logicalCores(), key.runtime(), caches, Instant.now(),
                measured.get(0), measured.get(measured.size() - 1),
                GpuCeilings.absent(DeviceDiscovery.gpuAbsenceReason().orElse(
                        "GPU roofs need the CUDA build of ONNX Runtime, which this build does not bundle")),
                notes);
    }

    private static ThreadCeilings measureThreads(int threads, CacheSizes caches, MeasurementBudget budget,
                                                 List<String> notes, ProgressListener progress, double from,
                                                 double span) throws TensorscopeException {
        List<Long> sizes = BandwidthLevels.workingSets(threads, budget.largestWorkingSet(caches));
        List<BandwidthSample> sweep = new ArrayList<>();
        int steps = sizes.size() + PRECISIONS.size();
        try (TriadBandwidth triad = new TriadBandwidth(threads)) {
            for (int s = 0; s < sizes.size(); s++) {
                progress.checkCancelled();
                progress.onProgress(from + span * s / steps, "memory bandwidth, " + threads + " thread(s), "
                        + (sizes.get(s) >> 10) + " KiB");
                sweep.add(new BandwidthSample(sizes.get(s), triad.measureGbps(sizes.get(s), budget.minMillisPerPoint())));
            }
        }
        Map<Precision, Double> peaks = new EnumMap<>(Precision.class);
        for (int p = 0; p < PRECISIONS.size(); p++) {
            Precision precision = PRECISIONS.get(p);
            progress.checkCancelled();
            progress.onProgress(from + span * (sizes.size() + p) / steps, precision.key() + " peak, " + threads
                    + " thread(s)");
            try {
                peaks.put(precision, ComputePeak.measureGflops(precision, budget.matrixSize(), threads));
            } catch (TensorscopeException e) {
                if (e.code() == ErrorCode.CANCELLED) {
                    throw e;
                }
                String note = "no " + precision.key() + " peak: " + OnnxRunner.runtimeVersion() + " on this CPU has no "
                        + precision.key() + " MatMul kernel";
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
        }
        return new ThreadCeilings(threads, BandwidthLevels.of(sweep, caches, threads), peaks, sweep);
    }
}
