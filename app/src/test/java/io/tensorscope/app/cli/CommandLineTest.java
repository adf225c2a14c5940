package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of DESIGN.md: outputs, JSON shape, exit codes, one-line errors. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void inspectMiniLmWritesTheDocumentedJson() throws Exception {
        Path json = dir.resolve("minilm.json");
        assertEquals(0, cli.run("inspect", "minilm", "--json", json.toString()), cli.err.toString());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(637, root.path("nodes").size());
        assertEquals(637, root.path("model").path("node_count").asInt());
        long params = root.path("totals").path("params").asLong();
        assertTrue(params > 22_000_000 && params < 23_000_000, "all-MiniLM-L6-v2 has ~22.7 M params: " + params);
        JsonNode first = root.path("nodes").get(0);
        for (String key : new String[] {"name", "op_type", "inputs", "outputs", "output_shapes", "flops", "params",
                "bytes_read", "bytes_written", "arithmetic_intensity"}) {
            assertTrue(first.has(key), "node key " + key);
        }
        assertTrue(cli.out.toString().contains("637 nodes"), cli.out.toString().lines().limit(6).toList().toString());
    }

    @Test
    void inspectAdviceNamesTheMemoryBoundLayerInTextAndJson() throws Exception {
        Path json = dir.resolve("cnn.json");
        assertEquals(0, cli.run("inspect", "mnist-cnn", "--advice", "--json", json.toString()), cli.err.toString());
        String text = cli.out.toString();
        assertTrue(text.contains("INFO: 1 memory-bound layer holds 4.5 MiB of float32 weights"), text);
        assertTrue(text.contains("nodes: dense_1"), text);
        com.fasterxml.jackson.databind.JsonNode advice = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile()).path("advice");
        assertEquals("large-float-weights", advice.get(0).path("rule").asText());
        assertEquals("dense_1", advice.get(0).path("nodes").get(0).asText());
    }

    @Test
    void screenshotsWithoutADisplaySaysSoInOneLineAndWritesNothing() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null, "a display is there: the command would open a window");
        Path folder = dir.resolve("shots");
        String error = cli.assertOneLineError(3, cli.run("screenshots", "-o", folder.toString()));
        assertTrue(error.contains("xvfb-run ./tensorscope screenshots"), error);
        assertTrue(java.nio.file.Files.notExists(folder), "refused before anything was created");
    }

    @Test
    void missingFileExitsTwoWithOneLine() {
        String error = cli.assertOneLineError(2, cli.run("inspect", dir.resolve("absent.onnx").toString()));
        assertTrue(error.contains("no model file or bundled model"), error);
    }

    @Test
    void corruptFileExitsTwoWithOneLine() throws Exception {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        Path corrupt = Files.write(dir.resolve("corrupt.onnx"), noise);
        cli.assertOneLineError(2, cli.run("inspect", corrupt.toString()));
    }

    @Test
    void badArgumentsExitTwo() {
        cli.assertOneLineError(2, cli.run("inspect", "minilm", "--input", "input_ids=one x two"));
        cli.out.getBuffer().setLength(0);
        cli.err.getBuffer().setLength(0);
        cli.assertOneLineError(2, cli.run("frobnicate"));
    }

    @Test
    void jsonIntoMissingFolderFailsWithoutWritingAnything() {
        Path target = dir.resolve("no-such-folder").resolve("cli.out.json");
        cli.assertOneLineError(2, cli.run("inspect", "minilm", "--json", target.toString()));
        assertFalse(Files.exists(target));
    }

    @Test
    void datasetsListsMnistFashionMnistAndSpamAssassin() {
        assertEquals(0, cli.run("datasets"));
        assertTrue(cli.out.toString().lines().anyMatch(l -> l.startsWith("mnist ") && l.contains("10000 samples")), cli.out.toString());
        assertTrue(cli.out.toString().lines().anyMatch(l -> l.startsWith("fashion-mnist ") && l.contains("10000 samples")),
                cli.out.toString());
        assertTrue(cli.out.toString().lines().anyMatch(l -> l.startsWith("spam-assassin ") && l.contains("text-classification")
                && l.contains("6046 samples")), cli.out.toString());
    }
}
