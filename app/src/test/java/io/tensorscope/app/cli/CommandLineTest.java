package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line contract of DESIGN.md: outputs, JSON shape, exit codes, one-line errors. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private void assertOneLineError(int expectedExit, int exit) {
        assertEquals(expectedExit, exit, err.toString());
        String text = err.toString().strip();
        assertTrue(text.startsWith("tensorscope: "), text);
        assertFalse(text.contains("\n"), "one line only: " + text);
        assertFalse(text.contains("Exception"), "no stack trace or exception name: " + text);
    }

    @Test
    void inspectMiniLmWritesTheDocumentedJson() throws Exception {
        Path json = dir.resolve("minilm.json");
        assertEquals(0, run("inspect", "minilm", "--json", json.toString()), err.toString());
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
        assertTrue(out.toString().contains("637 nodes"), out.toString().lines().limit(6).toList().toString());
    }

    @Test
    void missingFileExitsTwoWithOneLine() {
        assertOneLineError(2, run("inspect", dir.resolve("absent.onnx").toString()));
        assertTrue(err.toString().contains("no model file or bundled model"), err.toString());
    }

    @Test
    void corruptFileExitsTwoWithOneLine() throws Exception {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        Path corrupt = Files.write(dir.resolve("corrupt.onnx"), noise);
        assertOneLineError(2, run("inspect", corrupt.toString()));
    }

    @Test
    void badArgumentsExitTwo() {
        assertOneLineError(2, run("inspect", "minilm", "--input", "input_ids=one x two"));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertOneLineError(2, run("frobnicate"));
    }

    @Test
    void jsonIntoMissingFolderFailsWithoutWritingAnything() {
        Path target = dir.resolve("no-such-folder").resolve("out.json");
        assertOneLineError(2, run("inspect", "minilm", "--json", target.toString()));
        assertFalse(Files.exists(target));
    }

    @Test
    void datasetsListsMnistAndSpamAssassin() {
        assertEquals(0, run("datasets"));
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("mnist ") && l.contains("10000 samples")), out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("spam-assassin ") && l.contains("text-classification")
                && l.contains("6046 samples")), out.toString());
    }
}
