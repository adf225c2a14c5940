package io.tensorscope.profiler.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeReferenceTest {

    private static final String MISSING_COMPILER = "/nonexistent/tensorscope-gcc";

    @TempDir
    Path workDir;

    @Test
    void measuresTriadWithGcc() throws Exception {
        assumeTrue(onPath("gcc"), "gcc is not on the PATH");

        // 3 x 256 Ki doubles = 6 MiB: cache-resident, but quick; the figure's plausibility is what is checked
        NativeReference reference = NativeReferenceRunner.measure(workDir, 2, "gcc", 256 * 1024);

        assertEquals(NativeReference.MEASURED_NOW, reference.source());
        assertBetween(0.5, 1000, reference.streamTriadGbps1Thread());
        assertBetween(0.5, 1000, reference.streamTriadGbpsAllThreads());
        assertEquals(reference.complete(), Files.isRegularFile(workDir.resolve(NativeReferenceStore.FILE_NAME)),
                "only a complete run is stored: " + reference.note());
    }

    @Test
    void missingCompilerFallsBackToTheLastRun() throws Exception {
        Files.writeString(workDir.resolve(NativeReferenceStore.FILE_NAME), """
                {
                  "stream_triad_gbps_1_thread" : 13.2,
                  "stream_triad_gbps_all_threads" : 24.1,
                  "sgemm_gflops_1_thread" : 116.9,
                  "sgemm_gflops_all_threads" : 179.4,
                  "threads" : 2,
                  "measured_at" : "2025-01-02T03:04:05Z"
                }
                """);

        NativeReference reference = NativeReferenceRunner.measure(workDir, 2, MISSING_COMPILER, 1024);

        assertEquals(13.2, reference.streamTriadGbps1Thread());
        assertEquals(24.1, reference.streamTriadGbpsAllThreads());
        assertEquals(116.9, reference.sgemmGflops1Thread());
        assertEquals(179.4, reference.sgemmGflopsAllThreads());
        assertEquals(2, reference.threads());
        assertEquals(Instant.parse("2025-01-02T03:04:05Z"), reference.measuredAt());
        assertEquals("last run at 2025-01-02T03:04:05Z", reference.source());
        assertEquals("C compiler " + MISSING_COMPILER + " not found", reference.note());
    }

    @Test
    void missingCompilerWithoutALastRunLeavesFiguresMissing() throws Exception {
        NativeReference reference = NativeReferenceRunner.measure(workDir, 2, MISSING_COMPILER, 1024);

        assertTrue(Double.isNaN(reference.streamTriadGbps1Thread()));
        assertTrue(Double.isNaN(reference.sgemmGflopsAllThreads()));
        assertEquals(NativeReference.MEASURED_NOW, reference.source());
        assertTrue(reference.note().contains("not found"), reference.note());
        assertTrue(Files.notExists(workDir.resolve(NativeReferenceStore.FILE_NAME)));
    }

    @Test
    void storeRoundTripsFigures() throws Exception {
        Instant at = Instant.parse("2025-06-07T08:09:10.123Z");
        NativeReference measured = new NativeReference(13.2, 24.1, Double.NaN, 179.4, 2, at,
                NativeReference.MEASURED_NOW, "");
        Path file = workDir.resolve(NativeReferenceStore.FILE_NAME);

        NativeReferenceStore.save(measured, file);

        NativeReference loaded = NativeReferenceStore.load(file).orElseThrow();
        assertEquals(new NativeReference(13.2, 24.1, Double.NaN, 179.4, 2, at, "last run at " + at, ""), loaded);
    }

    @Test
    void parsesTheResultLine() {
        String output = "OpenBLAS WARNING - something\ntriad_gbps 2 24.061\r\n";

        assertEquals(OptionalDouble.of(24.061), NativeOutput.value(output, "triad_gbps", 2));
        assertEquals(OptionalDouble.of(116.939), NativeOutput.value("sgemm_gflops 1 116.939\n", "sgemm_gflops", 1));
        assertEquals(OptionalDouble.empty(), NativeOutput.value(output, "sgemm_gflops", 2), "other metric");
        assertEquals(OptionalDouble.empty(), NativeOutput.value(output, "triad_gbps", 1), "other thread count");
        assertEquals(OptionalDouble.empty(), NativeOutput.value("triad_gbps 1 nan", "triad_gbps", 1));
        assertEquals(OptionalDouble.empty(), NativeOutput.value("triad_gbps 1 inf", "triad_gbps", 1));
        assertEquals(OptionalDouble.empty(), NativeOutput.value("triad_gbps one 3.0", "triad_gbps", 1));
        assertEquals(OptionalDouble.empty(), NativeOutput.value("", "triad_gbps", 1));
    }

    private static void assertBetween(double low, double high, double value) {
        assertTrue(value >= low && value <= high, value + " not in [" + low + ", " + high + "]");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }
}
