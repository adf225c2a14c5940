package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.profile.CeilingsSource;
import io.tensorscope.profiler.ceilings.BandwidthSample;
import io.tensorscope.profiler.ceilings.CacheSizes;
import io.tensorscope.profiler.ceilings.GpuCeilings;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Roofs of a plausible machine, fixed, so compression tests spend no time measuring the real one. */
public final class FixedCeilings {

    private FixedCeilings() {
    }

    /** @return a source that always answers the same roofs */
    public static CeilingsSource source() {
        ThreadCeilings one = new ThreadCeilings(1, Map.of(MemoryLevel.L1, 200.0, MemoryLevel.L2, 90.0,
                MemoryLevel.DRAM, 25.0), Map.of(Precision.FP32, 95.0, Precision.INT8, 375.0),
                List.of(new BandwidthSample(12288, 200.0)));
        ThreadCeilings two = new ThreadCeilings(2, Map.of(MemoryLevel.L1, 380.0, MemoryLevel.L2, 170.0,
                MemoryLevel.DRAM, 29.0), Map.of(Precision.FP32, 185.0, Precision.INT8, 700.0), List.of());
        MachineCeilings machine = new MachineCeilings("Test CPU", 2, "ONNX Runtime 1.21.1",
                new CacheSizes(48 << 10, 1280 << 10, 48 << 20, true), Instant.parse("2026-11-29T16:00:00Z"), one, two,
                GpuCeilings.absent("no CUDA device: using CPU (test)"), List.of());
        return (threads, progress) -> machine;
    }
}
