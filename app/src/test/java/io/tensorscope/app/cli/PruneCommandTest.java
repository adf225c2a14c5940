package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prune} end to end on the MNIST CNN, and its bad-input contract. */
class PruneCommandTest {

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void globalMagnitudePruningWritesTheModelAndItsLayersToTheJson() throws Exception {
        Path pruned = dir.resolve("pruned.onnx");
        Path report = dir.resolve("report.json");
        assertEquals(0, cli.run("prune", "mnist-cnn", "-o", pruned.toString(), "--method", "magnitude", "--sparsity",
                "0.6", "--scope", "global", "--json", report.toString()), cli.err.toString());
        assertTrue(Files.size(pruned) > 1_000_000, "the .onnx keeps every weight: " + Files.size(pruned));
        assertTrue(cli.out.toString().contains("Pruned weights (4)") && cli.out.toString().contains("ONNX Runtime loads it"),
                cli.out.toString());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals("prune-magnitude", json.path("pass").asText());
        JsonNode layers = json.path("sections").get(0);
        assertEquals("layers", layers.path("key").asText());
        long params = 0;
        long zeros = 0;
        for (JsonNode row : layers.path("rows")) {
            params += row.path("params").asLong();
            zeros += row.path("zeros").asLong();
            assertTrue(row.path("deflated_bytes_after").asLong() < row.path("deflated_bytes_before").asLong(), row.toString());
        }
        assertEquals(Math.round(0.6 * params), zeros, "one threshold over all layers, the total exact");
    }

    @Test
    void twoOfFourListsTheLayerItLeftAlone() throws Exception {
        Path pruned = dir.resolve("nm.onnx");
        Path report = dir.resolve("nm.json");
        assertEquals(0, cli.run("prune", "mnist-cnn", "-o", pruned.toString(), "--method", "nm", "--pattern", "2:4",
                "--json", report.toString()), cli.err.toString());
        JsonNode sections = new ObjectMapper().readTree(report.toFile()).path("sections");
        assertEquals("layers", sections.get(0).path("key").asText());
        assertEquals(3, sections.get(0).path("rows").size());
        sections.get(0).path("rows").forEach(row -> assertEquals(0.5, row.path("sparsity").asDouble()));
        assertEquals("skipped", sections.get(1).path("key").asText());
        assertTrue(Files.exists(pruned));
    }

    @Test
    void badRequestsExitTwoWithOneLineAndWriteNothing() throws Exception {
        Path target = dir.resolve("never.onnx");
        String model = "mnist-cnn";
        String out = target.toString();
        String sparsity = cli.assertOneLineError(2, cli.run("prune", model, "-o", out, "--method", "magnitude",
                "--sparsity", "1.0"));
        assertTrue(sparsity.contains("option sparsity takes a number in 0..0.99"), sparsity);
        cli.assertOneLineError(2, cli.run("prune", model, "-o", out, "--method", "magnitude", "--sparsity", "-0.1"));
        cli.assertOneLineError(2, cli.run("prune", model, "-o", out, "--method", "nm", "--pattern", "4:2"));
        String pattern = cli.assertOneLineError(2, cli.run("prune", model, "-o", out, "--method", "nm", "--pattern", "x"));
        assertTrue(pattern.contains("option pattern takes N:M"), pattern);
        String layer = cli.assertOneLineError(2, cli.run("prune", model, "-o", out, "--method", "magnitude", "--layers",
                "dense_1,no_such_node"));
        assertTrue(layer.endsWith("name no node of mnist-cnn: no_such_node"), layer);
        cli.assertOneLineError(2, cli.run("prune", model, "-o", out, "--method", "lottery"));
        cli.assertOneLineError(2, cli.run("prune", model, "-o", out));
        String notTaken = cli.assertOneLineError(2, cli.run("prune", model, "-o", out, "--method", "magnitude",
                "--pattern", "2:4"));
        assertTrue(notTaken.contains("prune-magnitude has no option 'pattern'"), notTaken);
        assertFalse(Files.exists(target), "no output for a refused request");
    }

    @Test
    void aModelWithNothingPrunableExitsTwoAndWritesNothing() throws Exception {
        Path half = dir.resolve("half.onnx");
        assertEquals(0, cli.run("quantize", "mnist-cnn", "-o", half.toString(), "--mode", "fp16"), cli.err.toString());
        for (String method : new String[] {"magnitude", "nm", "channel"}) {
            Path target = dir.resolve(method + ".onnx");
            String error = cli.assertOneLineError(2, cli.run("prune", half.toString(), "-o", target.toString(),
                    "--method", method));
            assertTrue(error.contains("float32"), error);
            assertFalse(Files.exists(target), method + " wrote a copy of a model it could not prune");
        }
    }

    @Test
    void roundAutoTimesEachRoundingAndWritesTheChosenOne() throws Exception {
        Path pruned = dir.resolve("rounded.onnx");
        Path report = dir.resolve("rounded.json");
        int exit = cli.run("prune", "mnist-cnn", "-o", pruned.toString(), "--method", "channel", "--sparsity", "0.3",
                "--round", "auto", "--json", report.toString());
        if (exit == 2) {
            assertTrue(cli.err.toString().contains("every rounding of the kept channels ran slower"), cli.err.toString());
            assertFalse(Files.exists(pruned));
            return;
        }
        assertEquals(0, exit, cli.err.toString());
        assertTrue(cli.out.toString().contains("round 16") && cli.out.toString().contains("chosen (fastest)"),
                cli.out.toString());
        JsonNode rounding = new ObjectMapper().readTree(report.toFile()).path("rounding");
        assertEquals(3, rounding.size());
        JsonNode chosen = null;
        for (JsonNode row : rounding) {
            if (row.path("chosen").asBoolean()) {
                assertEquals(null, chosen, "one rounding chosen");
                chosen = row;
            }
        }
        for (JsonNode row : rounding) {
            assertTrue(row.path("speedup").asDouble() <= chosen.path("speedup").asDouble(), row.toString());
        }
        Path replay = dir.resolve("replay.onnx");
        assertEquals(0, cli.run("prune", "mnist-cnn", "-o", replay.toString(), "--method", "channel", "--sparsity", "0.3",
                "--round", chosen.path("round").asText()), cli.err.toString());
        assertEquals(-1L, Files.mismatch(pruned, replay), "the written model is the chosen rounding's");
        String notChannel = cli.assertOneLineError(2, cli.run("prune", "mnist-cnn", "-o", dir.resolve("m.onnx").toString(),
                "--method", "magnitude", "--round", "auto"));
        assertTrue(notChannel.contains("needs --method channel"), notChannel);
    }
}
