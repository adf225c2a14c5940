package io.tensorscope.profiler.ceilings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandwidthLevelsTest {

    private static final CacheSizes CACHES = new CacheSizes(48L << 10, 1280L << 10, 48L << 20, true);

    @Test
    void eachLevelTakesTheBestSampleThatStaysInIt() {
        List<BandwidthSample> sweep = List.of(
                new BandwidthSample(12L << 10, 90), new BandwidthSample(24L << 10, 100),   // L1 (≤ 24 KiB)
                new BandwidthSample(48L << 10, 70),                                        // fills L1: no level
                new BandwidthSample(384L << 10, 60), new BandwidthSample(768L << 10, 55),  // L2 is 48 KiB < ws ≤ 640 KiB
                new BandwidthSample(6L << 20, 35), new BandwidthSample(24L << 20, 30),     // L3 (≤ 24 MiB)
                new BandwidthSample(96L << 20, 14),                                        // neither L3 nor DRAM
                new BandwidthSample(192L << 20, 12), new BandwidthSample(384L << 20, 13)); // DRAM (≥ 192 MiB)
        Map<MemoryLevel, Double> levels = BandwidthLevels.of(sweep, CACHES, 1);
        assertEquals(100, levels.get(MemoryLevel.L1));
        assertEquals(60, levels.get(MemoryLevel.L2), "only 384 KiB is above L1 and within half of L2");
        assertEquals(35, levels.get(MemoryLevel.L3), "above L2's 1.25 MiB and within half of L3");
        assertEquals(13, levels.get(MemoryLevel.DRAM));
    }

    @Test
    void privateCachesAddUpAcrossThreadsAndMissingBandsAreLeftOut() {
        List<BandwidthSample> sweep = List.of(new BandwidthSample(48L << 10, 200), new BandwidthSample(400L << 20, 24));
        Map<MemoryLevel, Double> levels = BandwidthLevels.of(sweep, CACHES, 2);
        assertEquals(200, levels.get(MemoryLevel.L1), "2 × 48 KiB of L1: 48 KiB fits in half");
        assertFalse(levels.containsKey(MemoryLevel.L2));
        assertFalse(levels.containsKey(MemoryLevel.L3));
        assertEquals(24, levels.get(MemoryLevel.DRAM));
    }

    @Test
    void theSweepDoublesFromTwelveKibPerThread() {
        List<Long> sizes = BandwidthLevels.workingSets(2, 200L << 10);
        assertEquals(List.of(24L << 10, 48L << 10, 96L << 10, 192L << 10), sizes);
    }
}
