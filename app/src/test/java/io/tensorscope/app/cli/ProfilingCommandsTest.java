package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.profiler.timing.ProfileSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ceilings} and {@code profile} end to end, with a private cache folder and the quick ceilings budget. */
class ProfilingCommandsTest {

    private static final String CACHE_PROPERTY = "tensorscope.cache.dir";

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();
    private String previousCache;

    @BeforeEach
    void privateCache() {
        previousCache = System.getProperty(CACHE_PROPERTY);
        System.setProperty(CACHE_PROPERTY, dir.resolve("cache").toString());
    }

    @AfterEach
    void restoreCache() {
        if (previousCache == null) {
            System.clearProperty(CACHE_PROPERTY);
        } else {
            System.setProperty(CACHE_PROPERTY, previousCache);
        }
    }

    @Test
    void ceilingsThenProfileOfTheMnistCnn() throws Exception {
        Path ceilingsJson = dir.resolve("ceilings.json");
        assertEquals(0, cli.run("ceilings", "--quick", "--threads", "1", "--json", ceilingsJson.toString()), cli.err.toString());
        JsonNode ceilings = new ObjectMapper().readTree(ceilingsJson.toFile());
        assertEquals(1, ceilings.at("/cpu/threads").asInt());
        assertTrue(ceilings.at("/cpu/peak_gflops/fp32").asDouble() > 0);
        assertTrue(ceilings.at("/cpu/bandwidth_gbps/l1").asDouble() > 0);
        assertTrue(cli.out.toString().contains("fp32 peak"), cli.out.toString());

        cli.out.getBuffer().setLength(0);
        assertEquals(0, cli.run("ceilings", "--threads", "1"), cli.err.toString());
        assertTrue(cli.out.toString().contains("(cached; --refresh re-measures)"), "second call reads the cache: " + cli.out);

        Path profileJson = dir.resolve("profile.json");
        Path trace = dir.resolve("trace.json");
        cli.out.getBuffer().setLength(0);
        assertEquals(0, cli.run("profile", "mnist-cnn", "--threads", "1", "--runs", "3", "--warmup", "1",
                "--optimization", "none", "--json", profileJson.toString(), "--trace", trace.toString()), cli.err.toString());
        JsonNode profile = new ObjectMapper().readTree(profileJson.toFile());
        assertEquals(12, profile.path("kernels").size(), "one kernel per node without optimisation");
        assertEquals(12, profile.path("nodes").size());
        assertTrue(profile.at("/latency_ms/median").asDouble() > 0);
        JsonNode conv = profile.path("nodes").get(3);
        assertEquals("conv2d_2", conv.path("name").asText());
        for (String key : new String[] {"op_type", "median_us", "share", "flops", "bytes", "achieved_gflops",
                "achieved_gbps", "bound"}) {
            assertTrue(conv.has(key), "node key " + key);
        }
        assertEquals("compute", conv.path("bound").asText(), "a 3×3×32→64 convolution is compute-bound");
        JsonNode events = new ObjectMapper().readTree(trace.toFile()).path("traceEvents");
        long kernelEvents = 0;
        for (JsonNode e : events) {
            kernelEvents += "X".equals(e.path("ph").asText()) ? 1 : 0;
        }
        assertEquals(12 * 3, kernelEvents, "12 kernels × 3 timed runs");
        assertTrue(cli.out.toString().contains("latency: median"), cli.out.toString());

        assertEquals(0, cli.run("profile", "mnist-cnn", "--threads", "1", "--json", profileJson.toString()), cli.err.toString());
        JsonNode defaults = new ObjectMapper().readTree(profileJson.toFile());
        assertEquals(ProfileSettings.DEFAULT_RUNS, defaults.path("runs").asInt(), "the workbench's default too");
        assertEquals(ProfileSettings.DEFAULT_WARMUP_RUNS, defaults.path("warmup_runs").asInt());
    }

    @Test
    void badArgumentsGiveOneLineAndExitTwo() {
        cli.assertOneLineError(2, cli.run("ceilings", "--threads", "0"));
        cli.assertOneLineError(2, cli.run("profile", "mnist-cnn", "--runs", "0"));
        cli.assertOneLineError(2, cli.run("profile", "mnist-cnn", "--optimization", "fastest"));
        cli.assertOneLineError(3, cli.run("profile", "mnist-cnn", "--device", "gpu"));
        cli.assertOneLineError(3, cli.run("profile", "mnist-cnn", "--device", "gpu", "--engine", "pytorch"));
        cli.assertOneLineError(2, cli.run("profile", "mnist-cnn", "--engine", "tensorflow"));
    }

    @Test
    void aCorruptModelIsRefusedBeforeAnyMeasurement() throws Exception {
        Path corrupt = Files.write(dir.resolve("corrupt.onnx"), new byte[] {1, 2, 3, 4, 5});
        cli.assertOneLineError(2, cli.run("profile", corrupt.toString(), "--threads", "1"));
        assertFalse(Files.exists(dir.resolve("cache").resolve(CeilingsCommand.CACHE_FOLDER)), "nothing measured");
    }
}
