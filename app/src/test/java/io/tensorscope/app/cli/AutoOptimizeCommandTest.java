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

/** {@code optimize --auto} on the MNIST CNN: the best candidate is written, every candidate is in the JSON. */
class AutoOptimizeCommandTest {

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void writesTheBestCandidateWithinTheBudget() throws Exception {
        Path out = dir.resolve("auto.onnx");
        Path json = dir.resolve("auto.json");
        assertEquals(0, cli.run("optimize", "mnist-cnn", "-o", out.toString(), "--auto", "--budget-accuracy", "1",
                "--levels", "0.5", "--dataset", "mnist", "--samples", "300", "--json", json.toString()), cli.err.toString());
        assertTrue(Files.size(out) > 0);
        assertTrue(cli.out.toString().contains("best so far, written"), cli.out.toString());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("done", root.path("stopped").asText());
        assertTrue(root.path("candidates").size() >= 2);
        int best = root.path("best").asInt();
        assertTrue(root.path("candidates").get(best - 1).path("within_budget").asBoolean());
    }

    @Test
    void badBudgetsAndMissingDataExitTwoWithOneLine() {
        Path out = dir.resolve("never.onnx");
        cli.assertOneLineError(2, cli.run("optimize", "mnist-cnn", "-o", out.toString(), "--auto", "--budget-accuracy",
                "-1", "--dataset", "mnist"));
        cli.assertOneLineError(2, cli.run("optimize", "mnist-cnn", "-o", out.toString(), "--auto"));
        cli.assertOneLineError(2, cli.run("optimize", "mnist-cnn", "-o", out.toString(), "--auto", "--budget-minutes",
                "0", "--dataset", "mnist"));
        assertFalse(Files.exists(out));
    }
}
