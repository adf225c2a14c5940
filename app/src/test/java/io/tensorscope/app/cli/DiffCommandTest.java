package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} of the MNIST CNN against its channel-pruned copy, as text and JSON, and bad input. */
class DiffCommandTest {

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void channelPruningShowsAsHalvedWeightShapesOnTheSameNodes() throws Exception {
        Path pruned = dir.resolve("pruned.onnx");
        assertEquals(0, cli.run("prune", "mnist-cnn", "--method", "channel", "--sparsity", "0.5", "-o",
                pruned.toString(), "--no-record"), cli.err.toString());
        cli.out.getBuffer().setLength(0);
        Path json = dir.resolve("diff.json");
        assertEquals(0, cli.run("diff", "mnist-cnn", pruned.toString(), "--json", json.toString()), cli.err.toString());
        String text = cli.out.toString();
        assertTrue(text.contains("nodes    12 → 12: 8 unchanged, 4 changed, 0 added, 0 removed"), text);
        assertTrue(text.contains("~ conv2d_1  [name]  weight conv2d_1/kernel: shape 32x1x3x3 → 16x1x3x3"), text);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(4, root.path("summary").path("nodes").path("changed").asInt());
        assertEquals(12, root.path("nodes").size(), "unchanged nodes are listed too");
        JsonNode kernel = StreamSupport.stream(root.path("weights").spliterator(), false)
                .filter(w -> w.path("before").asText().equals("dense_1/kernel")).findFirst().orElseThrow();
        assertEquals("[4608,64]", kernel.path("shape_after").toString());
        assertTrue(kernel.path("relative_l2").isNull(), "shapes differ: no L2 to give");
        assertEquals(9216L * 128 * 4, kernel.path("bytes_before").asLong());
    }

    @Test
    void badInputIsOneLine() {
        String missing = cli.assertOneLineError(2, cli.run("diff", "mnist-cnn", dir.resolve("none.onnx").toString()));
        assertTrue(missing.contains("none.onnx"), missing);
        String folder = cli.assertOneLineError(2, cli.run("diff", "mnist-cnn", "mnist-cnn", "--json",
                dir.resolve("missing/d.json").toString()));
        assertTrue(folder.contains("no such folder"), folder);
        assertFalse(Files.exists(dir.resolve("missing")));
        cli.assertOneLineError(2, cli.run("diff", "mnist-cnn"));
    }
}
