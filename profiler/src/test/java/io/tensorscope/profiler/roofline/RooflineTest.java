package io.tensorscope.profiler.roofline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.profiler.ceilings.CacheSizes;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.stats.Percentiles;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.ProfileSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RooflineTest {

    private static final ThreadCeilings ROOFS = new ThreadCeilings(1,
            Map.of(MemoryLevel.L1, 100.0, MemoryLevel.L2, 50.0, MemoryLevel.L3, 30.0, MemoryLevel.DRAM, 10.0),
            Map.of(Precision.FP32, 80.0, Precision.INT8, 320.0), List.of());
    private static final CacheSizes CACHES = new CacheSizes(48 << 10, 1280 << 10, 48 << 20, true);
    private final Roofline roofline = new Roofline(ROOFS, CACHES);

    @Test
    void attainableIsTheLowerOfBandwidthTimesIntensityAndPeak() {
        assertEquals(10.0, roofline.attainableGflops(1, Precision.FP32, MemoryLevel.DRAM), 1e-9);
        assertEquals(80.0, roofline.attainableGflops(100, Precision.FP32, MemoryLevel.DRAM), 1e-9);
        assertEquals(320.0, roofline.attainableGflops(100, Precision.INT8, MemoryLevel.DRAM), 1e-9);
        assertEquals(50.0, roofline.attainableGflops(1, Precision.FP32, MemoryLevel.L2), 1e-9);
    }

    @Test
    void theRoofIsTheSmallestLevelHoldingTheBytes() {
        assertEquals(MemoryLevel.L1, roofline.levelHolding(40 << 10));
        assertEquals(MemoryLevel.L2, roofline.levelHolding(1 << 20));
        assertEquals(MemoryLevel.L3, roofline.levelHolding(40 << 20));
        assertEquals(MemoryLevel.DRAM, roofline.levelHolding(1L << 30));
    }

    @Test
    void kernelsAreBoundByTheLowerRoofAtTheirIntensity() {
        // 64 MiB moved (DRAM roof 10 GB/s, ridge at 8 FLOP/B): intensity 1 → memory; intensity 100 → compute.
        long bytes = 64L << 20;
        KernelTiming streaming = new KernelTiming("add", "Add", new Percentiles(10_000, 9_000, 11_000, 5), 0.25,
                bytes, bytes, List.of(0));
        KernelTiming gemm = new KernelTiming("gemm", "MatMul", new Percentiles(100_000, 90_000, 110_000, 5), 0.75,
                100 * bytes, bytes, List.of(1));
        ModelProfile profile = new ModelProfile("m", "cpu", new ProfileSettings(1, 0, 5, OptimizationLevel.ALL),
                new Percentiles(1, 1, 1, 5), new Percentiles(1, 1, 1, 5), List.of(streaming, gemm), List.of(), List.of());
        List<RooflinePoint> points = roofline.place(profile);

        RooflinePoint add = points.get(0);
        assertEquals(Bound.MEMORY, add.bound());
        assertEquals(MemoryLevel.DRAM, add.level());
        assertEquals(bytes / 1e7, add.achievedGflops(), 1e-6, "64 MiB of FLOPs in 10 ms");
        assertEquals(add.achievedGflops() / 10.0, add.fractionOfAttainable(), 1e-9);
        RooflinePoint mm = points.get(1);
        assertEquals(Bound.COMPUTE, mm.bound());
        assertEquals(mm.achievedGflops() / 80.0, mm.fractionOfAttainable(), 1e-9);
        assertEquals(0.25, Roofline.memoryBoundShare(points), 1e-9);
    }
}
