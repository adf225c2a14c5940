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
        assertEveryCandidateIsAnExperimentOfTheOriginal(root, out);
        String originalId = root.path("records").get(0).path("id").asText();
        String bestId = root.path("candidates").get(best - 1).path("record").asText();
        String recorded = bestId.equals(originalId) ? "recorded experiment " + originalId
                : "recorded experiments " + originalId + ", " + bestId;
        assertTrue(cli.out.toString().contains(recorded + " in "), "the original and the best: " + cli.out);
    }

    /** The records: the original's first (timed, scored, no pipeline), then one per candidate made from it. */
    private static void assertEveryCandidateIsAnExperimentOfTheOriginal(JsonNode root, Path written) throws Exception {
        JsonNode records = root.path("records");
        JsonNode original = records.get(0);
        assertTrue(original.path("pipeline").isNull() && original.path("latency_ms").path("median").asDouble() > 0
                && original.path("evaluation").path("value").asDouble() > 0.9, original.toString());
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        records.forEach(r -> byId.put(r.path("id").asText(), r));
        for (JsonNode candidate : root.path("candidates")) {
            JsonNode record = byId.get(candidate.path("record").asText());
            assertTrue(record != null, "candidate #" + candidate.path("number") + " has its record");
            if (record != original) {
                assertEquals(original.path("id").asText(), record.path("parent_id").asText());
                assertEquals(candidate.path("value").asDouble(), record.path("evaluation").path("value").asDouble());
                assertEquals(candidate.path("latency_ms").asDouble(), record.path("latency_ms").path("median").asDouble());
            }
        }
        JsonNode best = byId.get(root.path("candidates").get(root.path("best").asInt() - 1).path("record").asText());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(written)));
        assertEquals(best.path("model_sha256").asText(), sha, "the file written is the best candidate's model");
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
