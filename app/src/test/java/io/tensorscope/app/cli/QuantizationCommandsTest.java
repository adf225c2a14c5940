package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quantize} and {@code evaluate} end to end on the MNIST CNN, and their bad-input contract. */
class QuantizationCommandsTest {

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void staticInt8OfTheCnnIsWrittenReportedAndKeepsItsAccuracy() throws Exception {
        Path int8 = dir.resolve("mnist-int8.onnx");
        Path report = dir.resolve("report.json");
        assertEquals(0, cli.run("quantize", "mnist-cnn", "-o", int8.toString(), "--mode", "static", "--dataset", "mnist",
                "--samples", "200", "--calibration", "percentile", "--exclude", "dense_2", "--json", report.toString()),
                cli.err.toString());
        assertTrue(Files.size(int8) < 1_500_000, "int8 weights: " + Files.size(int8));
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals("static-int8", json.path("pass").asText());
        assertEquals("dense_2", json.path("excluded").get(0).asText());
        assertEquals(3, json.path("changed").size());
        JsonNode tensors = json.path("sections").get(0);
        assertEquals("tensors", tensors.path("key").asText());
        JsonNode activation = tensors.path("rows").get(0);
        assertEquals("activation", activation.path("role").asText());
        assertTrue(activation.path("scales").get(0).asDouble() > 0);
        assertTrue(cli.out.toString().contains("ONNX Runtime loads it"), cli.out.toString());

        Path evaluation = dir.resolve("evaluation.json");
        assertEquals(0, cli.run("evaluate", int8.toString(), "--dataset", "mnist", "--samples", "2000", "--json",
                evaluation.toString()), cli.err.toString());
        JsonNode result = new ObjectMapper().readTree(evaluation.toFile());
        assertEquals("top-1 accuracy", result.path("metric").asText());
        assertEquals(2000, result.path("samples").asInt());
        assertTrue(result.path("value").asDouble() >= 0.98, "int8 accuracy " + result.path("value"));

        Path comparison = dir.resolve("comparison.json");
        Path ws = dir.resolve("ws.db");
        assertEquals(0, cli.run("compare", "mnist-cnn", int8.toString(), "--dataset", "mnist", "--samples", "500",
                "--json", comparison.toString(), "--workspace", ws.toString()), cli.err.toString());
        JsonNode entries = new ObjectMapper().readTree(comparison.toFile());
        assertEquals(2, entries.size());
        assertEquals(1.0, entries.get(0).path("speedup").asDouble(), 1e-9, "the baseline is compared with itself");
        assertTrue(entries.get(1).path("size_fraction").asDouble() < 0.3, entries.get(1).toString());
        assertTrue(Math.abs(entries.get(1).path("delta_points").asDouble()) < 2, entries.get(1).toString());
        assertTrue(entries.get(1).path("speedup").asDouble() > 0);
        assertEquals(20, entries.get(1).path("timed_in_turn_pairs").asInt(), "timed in turn with the baseline");
        assertTrue(entries.get(1).path("speedup_p10").asDouble() <= entries.get(1).path("speedup").asDouble()
                && entries.get(1).path("speedup").asDouble() <= entries.get(1).path("speedup_p90").asDouble());
        assertTrue(entries.get(0).path("timed_in_turn_pairs").isMissingNode(), "the baseline is not paired");
        try (Workspace workspace = Workspace.open(ws)) {
            List<ExperimentRow> rows = workspace.list(null);
            assertEquals(2, rows.size(), "the baseline and the model compared with it");
            assertEquals(rows.get(1).id(), rows.get(0).parentId());
            assertEquals(int8.toString(), rows.get(0).name());
            assertEquals(entries.get(1).path("value").asDouble(), rows.get(0).metricValue(), 1e-12);
            assertTrue(rows.get(0).latencyMedianMs() > 0 && rows.get(1).latencyMedianMs() > 0);
            assertTrue(workspace.storedModel(rows.get(0).modelSha256()).isEmpty(), "compared files are not copied");
        }
    }

    @Test
    void compareWithoutADataSetScoresAgreementWithTheFirstModel() throws Exception {
        Path int8 = dir.resolve("dynamic.onnx");
        assertEquals(0, cli.run("quantize", "mnist-cnn", "-o", int8.toString()), cli.err.toString());
        Path comparison = dir.resolve("agreement.json");
        assertEquals(0, cli.run("compare", "mnist-cnn", int8.toString(), "--samples", "30", "--json",
                comparison.toString()), cli.err.toString());
        JsonNode entries = new ObjectMapper().readTree(comparison.toFile());
        for (JsonNode e : entries) {
            assertEquals("top-1 agreement with the original", e.path("metric").asText());
            assertEquals("random inputs", e.path("dataset").asText());
            assertEquals(30, e.path("samples").asInt());
        }
        assertEquals(1.0, entries.get(0).path("value").asDouble(), "the original agrees with itself");
        assertTrue(entries.get(1).path("value").asDouble() >= 0.8, entries.get(1).toString());
        assertTrue(entries.get(1).path("mean_cosine_to_baseline").asDouble() > 0.99, entries.get(1).toString());
        assertTrue(cli.out.toString().contains("top-1 agreement"), cli.out.toString());
        assertTrue(cli.assertOneLineError(2, cli.run("evaluate", "mnist-cnn")).contains("--dataset"));
    }

    @Test
    void badRequestsExitTwoWithOneLineAndWriteNothing() throws Exception {
        Path target = dir.resolve("cli.out.onnx");
        cli.assertOneLineError(2, cli.run("quantize", "mnist-cnn", "-o", target.toString(), "--mode", "static"));
        cli.assertOneLineError(2, cli.run("quantize", "mnist-cnn", "-o", target.toString(), "--exclude", "no_such_node"));
        cli.assertOneLineError(2, cli.run("quantize", "mnist-cnn", "-o", target.toString(), "--mode", "int4"));
        cli.assertOneLineError(2, cli.run("quantize", Files.write(dir.resolve("bad.onnx"), new byte[] {9, 9, 9}).toString(),
                "-o", target.toString()));
        cli.assertOneLineError(2, cli.run("evaluate", "mnist-cnn", "--dataset", "imagenet"));
        String notTaken = cli.assertOneLineError(2, cli.run("quantize", "mnist-cnn", "-o", target.toString(), "--mode",
                "fp16", "--calibration", "entropy"));
        assertTrue(notTaken.contains("fp16 has no option 'calibration'"), notTaken);
        assertFalse(Files.exists(target), "no output for a refused request");
    }

    @Test
    void optimizeRunsAPipelineFromStepsOrAFileAndItsSavedSpecReplaysToTheSameModel() throws Exception {
        Path first = dir.resolve("first.onnx");
        Path json = dir.resolve("optimize.json");
        Path pipeline = dir.resolve("pipeline.json");
        assertEquals(0, cli.run("optimize", "mnist-cnn", "-o", first.toString(), "--step",
                "static-int8:calibration=entropy,samples=100", "--step", "fp16:exclude-nodes=dense_2", "--dataset", "mnist",
                "--json", json.toString(), "--save-pipeline", pipeline.toString()), cli.err.toString());
        String out = cli.out.toString();
        assertTrue(out.contains("== step 1 of 2: static-int8:") && out.contains("== step 2 of 2: fp16:"), out);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, report.path("steps").size());
        assertEquals("static-int8", report.path("steps").get(0).path("pass").asText());
        assertEquals("entropy", report.path("pipeline").path("steps").get(0).path("options").path("calibration").asText());
        assertEquals(100, report.path("pipeline").path("steps").get(0).path("options").path("samples").asInt());
        assertEquals(64, report.path("record").path("model_sha256").asText().length());

        Path second = dir.resolve("second.onnx");
        assertEquals(0, cli.run("optimize", "mnist-cnn", "-o", second.toString(), "--pipeline", pipeline.toString()),
                cli.err.toString());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "the saved pipeline replays exactly");
    }

    @Test
    void optimizeAndPassesRefuseBadRequestsInOneLine() throws Exception {
        Path target = dir.resolve("never.onnx");
        cli.assertOneLineError(2, cli.run("optimize", "mnist-cnn", "-o", target.toString()));
        cli.assertOneLineError(2, cli.run("optimize", "mnist-cnn", "-o", target.toString(), "--step", "prune"));
        cli.assertOneLineError(2, cli.run("optimize", "mnist-cnn", "-o", target.toString(), "--step", "static-int8"));
        cli.assertOneLineError(2, cli.run("optimize", "mnist-cnn", "-o", target.toString(), "--step", "fp16:bogus=1"));
        cli.assertOneLineError(2, cli.run("optimize", "mnist-cnn", "-o", target.toString(), "--pipeline",
                Files.writeString(dir.resolve("bad.json"), "{\"steps\": 3}").toString()));
        Path model = dir.resolve("model.onnx");
        assertEquals(0, cli.run("quantize", "mnist-cnn", "-o", model.toString()), cli.err.toString());
        byte[] before = Files.readAllBytes(model);
        String same = cli.assertOneLineError(2, cli.run("optimize", model.toString(), "-o",
                dir.resolve(".").resolve("model.onnx").toString(), "--step", "fp16"));
        assertTrue(same.contains("is an input"), same);
        assertArrayEquals(before, Files.readAllBytes(model), "the input is never modified");
        assertFalse(Files.exists(target));

        Path passes = dir.resolve("passes.json");
        assertEquals(0, cli.run("passes", "--json", passes.toString()), cli.err.toString());
        assertTrue(cli.out.toString().contains("static-int8  (Static int8)  needs sample inputs"), cli.out.toString());
        JsonNode list = new ObjectMapper().readTree(passes.toFile()).path("passes");
        assertEquals(PassRegistry.standard().all().size(), list.size(), "every registered pass");
        JsonNode samples = list.get(1).path("options").get(2);
        assertEquals("samples", samples.path("name").asText());
        assertEquals("integer", samples.path("type").asText());
        assertEquals(500, samples.path("default").asInt());
        assertEquals(1, samples.path("min").asInt());
    }
}
