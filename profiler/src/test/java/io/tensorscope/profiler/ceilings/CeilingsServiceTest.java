package io.tensorscope.profiler.ceilings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measures for real at the quick budget; asserts plausibility and caching, never speed. */
class CeilingsServiceTest {

    @Test
    void measuresOnceThenServesFromTheCacheUntilRefreshed(@TempDir Path cache) throws Exception {
        CeilingsService service = new CeilingsService(cache, MeasurementBudget.QUICK);
        List<String> messages = new ArrayList<>();
        MachineCeilings first = service.get(1, false, (fraction, message) -> messages.add(message));

        ThreadCeilings one = first.singleThread();
        assertEquals(1, one.threads());
        assertTrue(one.peak(Precision.FP32).orElseThrow() > 1, "fp32 peak " + one.peak(Precision.FP32));
        assertTrue(one.peak(Precision.INT8).orElseThrow() > 1, "int8 peak " + one.peak(Precision.INT8));
        double l1 = one.bandwidth(MemoryLevel.L1).orElseThrow();
        assertTrue(l1 > 1 && l1 < 10_000, "L1 bandwidth " + l1);
        assertTrue(one.sweep().size() >= 8, "a sweep from 12 KiB to 64 MiB");
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("memory bandwidth")));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("fp32 peak")));
        assertTrue(first.gpu().present() || !first.gpu().absenceReason().isEmpty());

        MachineCeilings cached = service.get(1, false, ProgressListener.NONE);
        assertEquals(first, cached, "served from the cache file, identical");
        try (var files = Files.list(cache)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".json")).count(), "one cache file");
        }

        MachineCeilings refreshed = service.get(1, true, ProgressListener.NONE);
        assertNotEquals(first.measuredAt(), refreshed.measuredAt());

        MachineCeilings future = new MachineCeilings(first.cpuModel(), first.logicalCores(), first.runtime(),
                first.caches(), java.time.Instant.now().plus(java.time.Duration.ofDays(365)), first.singleThread(),
                first.allThreads(), first.gpu(), first.notes());
        new CeilingsCache(cache).store(future);
        assertTrue(service.cached(1).isEmpty(), "a time stamp from the future is not trusted: measured again");
    }

    @Test
    void aCorruptCacheFileIsMeasuredAgain(@TempDir Path cache) throws Exception {
        Files.writeString(cache.resolve(MachineKey.current(1).fileName()), "{ truncated");
        CeilingsService service = new CeilingsService(cache, MeasurementBudget.QUICK);
        assertTrue(service.cached(1).isEmpty());
        MachineCeilings measured = service.get(1, false, ProgressListener.NONE);
        if (measured.notes().stream().anyMatch(n -> n.startsWith(CeilingsService.IMPLAUSIBLE_NOTE))) {
            assertTrue(service.cached(1).isEmpty(), "implausible figures (a busy machine) are not cached");
        } else {
            assertEquals(measured, service.cached(1).orElseThrow());
        }
    }
}
