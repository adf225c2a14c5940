package io.tensorscope.profiler.ceilings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roofs measured with a given number of threads.
 *
 * @param threads       threads used
 * @param bandwidthGbps triad bandwidth per memory level, 10^9 bytes/s (a level may be missing, e.g. no L3)
 * @param peakGflops    peak compute per precision, 10^9 operations/s (multiply-add = 2); missing where the
 *                      runtime has no kernel
 * @param sweep         the bandwidth sweep the levels were read from, smallest working set first
 */
public record ThreadCeilings(int threads, Map<MemoryLevel, Double> bandwidthGbps, Map<Precision, Double> peakGflops,
                             List<BandwidthSample> sweep) {

    public ThreadCeilings {
        bandwidthGbps = bandwidthGbps.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(bandwidthGbps));
        peakGflops = peakGflops.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(peakGflops));
        sweep = List.copyOf(sweep);
    }

    /** @return the bandwidth of {@code level}, if measured */
    public Optional<Double> bandwidth(MemoryLevel level) {
        return Optional.ofNullable(bandwidthGbps.get(level));
    }

    /** @return the peak of {@code precision}, if measured */
    public Optional<Double> peak(Precision precision) {
        return Optional.ofNullable(peakGflops.get(precision));
    }
}
