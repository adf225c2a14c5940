package io.tensorscope.profiler.ceilings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bandwidth of each memory level from a sweep: the best sample whose working set fits in half of
 * that level (so it stays there) and exceeds the level below; DRAM from working sets at least 4× the
 * last-level cache. A level with no such sample is left out.
 */
final class BandwidthLevels {

    private BandwidthLevels() {
    }

    /** @return the sweep's working sets, doubling from 12 KiB × threads up to {@code largest} */
    static List<Long> workingSets(int threads, long largest) {
        List<Long> sizes = new ArrayList<>();
        for (long size = (12L << 10) * threads; size <= largest; size *= 2) {
            sizes.add(size);
        }
        return sizes;
    }

    static Map<MemoryLevel, Double> of(List<BandwidthSample> sweep, CacheSizes caches, int threads) {
        Map<MemoryLevel, Double> levels = new EnumMap<>(MemoryLevel.class);
        long below = 0;
        for (MemoryLevel level : List.of(MemoryLevel.L1, MemoryLevel.L2, MemoryLevel.L3)) {
            long capacity = caches.capacityBytes(level, threads);
            if (capacity <= below) {
                continue;
            }
            long lower = below;
            sweep.stream().filter(s -> s.workingSetBytes() > lower && s.workingSetBytes() <= capacity / 2)
                    .mapToDouble(BandwidthSample::gbPerSecond).max().ifPresent(v -> levels.put(level, v));
            below = capacity;
        }
        long dramFrom = 4 * Math.max(caches.l3Bytes(), caches.capacityBytes(MemoryLevel.L2, threads));
        sweep.stream().filter(s -> s.workingSetBytes() >= dramFrom).mapToDouble(BandwidthSample::gbPerSecond).max()
                .ifPresent(v -> levels.put(MemoryLevel.DRAM, v));
        return levels;
    }
}
