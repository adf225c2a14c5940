package io.tensorscope.profiler.timing;

import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.profiler.stats.Percentiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the kernel events of the timed runs into one {@link KernelTiming} per kernel. */
final class KernelTimings {

    private KernelTimings() {
    }

    /**
     * @param runs number of timed runs in the profile
     * @return one timing per kernel that ran, in the order they first ran
     */
    static List<KernelTiming> of(OrtProfile profile, KernelMapping mapping, ModelAnalysis analysis, int runs) {
        Map<String, double[]> microsByKernel = new LinkedHashMap<>();
        Map<String, KernelEvent> firstEvent = new LinkedHashMap<>();
        for (KernelEvent e : profile.kernels()) {
            microsByKernel.computeIfAbsent(e.kernel(), k -> new double[runs])[e.run()] += e.durationMicros();
            firstEvent.putIfAbsent(e.kernel(), e);
        }
        double totalMedian = 0;
        Map<String, Percentiles> percentiles = new LinkedHashMap<>();
        for (var entry : microsByKernel.entrySet()) {
            Percentiles p = Percentiles.of(entry.getValue());
            percentiles.put(entry.getKey(), p);
            totalMedian += p.median();
        }
        List<KernelTiming> timings = new ArrayList<>();
        for (var entry : percentiles.entrySet()) {
            String kernel = entry.getKey();
            List<Integer> nodes = mapping.nodesOf(kernel);
            long flops = nodes.stream().mapToLong(i -> analysis.nodes().get(i).flops()).sum();
            KernelEvent first = firstEvent.get(kernel);
            double share = totalMedian == 0 ? 0 : entry.getValue().median() / totalMedian;
            long bytes = first.bytesMoved() + mapping.unlistedWeightBytes(kernel, first.inputsListed());
            timings.add(new KernelTiming(kernel, first.opType(), entry.getValue(), share, flops, bytes, nodes));
        }
        return timings;
    }
}
