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

/** {@code tensorscope sensitivity} end to end on the MNIST CNN, and its bad-input contract. */
class SensitivityCommandTest {

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void ranksTheCnnLayersAndWritesEveryPoint() throws Exception {
        Path json = dir.resolve("sensitivity.json");
        assertEquals(0, cli.run("sensitivity", "mnist-cnn", "--pass", "prune-magnitude", "--levels", "0.5,0.9",
                "--dataset", "mnist", "--samples", "300", "--json", json.toString()), cli.err.toString());
        assertTrue(cli.out.toString().contains("most sensitive first: "), cli.out.toString());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("prune-magnitude", root.path("pass").asText());
        assertEquals(300, root.path("samples").asInt());
        assertEquals(2, root.path("levels").size());
        assertEquals(root.path("ranking").size() * 2, root.path("points").size(), "each layer at both levels");
        assertTrue(root.path("points").get(0).path("speedup").asDouble() > 0);
        JsonNode record = root.path("original_record");
        assertEquals(root.path("original").path("value").asDouble(), record.path("evaluation").path("value").asDouble());
        assertEquals(300, record.path("evaluation").path("samples").asInt());
        assertEquals(64, record.path("model_sha256").asText().length(), "the original model's digest");
    }

    @Test
    void badRequestsExitTwoWithOneLineAndWriteNothing() {
        Path json = dir.resolve("never.json");
        cli.assertOneLineError(2, cli.run("sensitivity", "mnist-cnn", "--pass", "prune-channel", "--levels", "1.5",
                "--dataset", "mnist", "--json", json.toString()));
        cli.assertOneLineError(2, cli.run("sensitivity", "mnist-cnn", "--pass", "no-such-pass", "--dataset", "mnist"));
        String calibration = cli.assertOneLineError(2, cli.run("sensitivity", "mnist-cnn", "--pass", "static-int8",
                "--levels", "1"));
        assertTrue(calibration.contains("data set"), "without --dataset a calibrating pass needs one: " + calibration);
        assertFalse(Files.exists(json));
    }
}
