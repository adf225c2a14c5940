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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code quantize} and {@code evaluate} end to end on the MNIST CNN, and their bad-input contract. */
class QuantizationCommandsTest {

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

    @Test
    void staticInt8OfTheCnnIsWrittenReportedAndKeepsItsAccuracy() throws Exception {
        Path int8 = dir.resolve("mnist-int8.onnx");
        Path report = dir.resolve("report.json");
        assertEquals(0, run("quantize", "mnist-cnn", "-o", int8.toString(), "--mode", "static", "--dataset", "mnist",
                "--samples", "200", "--calibration", "percentile", "--exclude", "dense_2", "--json", report.toString()),
                err.toString());
        assertTrue(Files.size(int8) < 1_500_000, "int8 weights: " + Files.size(int8));
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals("static-int8-qdq", json.path("pass").asText());
        assertEquals("dense_2", json.path("excluded").get(0).asText());
        assertEquals(3, json.path("converted").size());
        JsonNode activation = json.path("tensors").get(0);
        assertEquals("activation", activation.path("role").asText());
        assertTrue(activation.path("scales").get(0).asDouble() > 0);
        assertTrue(out.toString().contains("ONNX Runtime loads it"), out.toString());

        Path evaluation = dir.resolve("evaluation.json");
        assertEquals(0, run("evaluate", int8.toString(), "--dataset", "mnist", "--samples", "2000", "--json",
                evaluation.toString()), err.toString());
        JsonNode result = new ObjectMapper().readTree(evaluation.toFile());
        assertEquals("top-1 accuracy", result.path("metric").asText());
        assertEquals(2000, result.path("samples").asInt());
        assertTrue(result.path("value").asDouble() >= 0.98, "int8 accuracy " + result.path("value"));
    }

    @Test
    void badRequestsExitTwoWithOneLineAndWriteNothing() throws Exception {
        Path target = dir.resolve("out.onnx");
        assertOneLine(2, run("quantize", "mnist-cnn", "-o", target.toString(), "--mode", "static"));
        assertOneLine(2, run("quantize", "mnist-cnn", "-o", target.toString(), "--exclude", "no_such_node"));
        assertOneLine(2, run("quantize", "mnist-cnn", "-o", target.toString(), "--mode", "int4"));
        assertOneLine(2, run("quantize", Files.write(dir.resolve("bad.onnx"), new byte[] {9, 9, 9}).toString(),
                "-o", target.toString()));
        assertOneLine(2, run("evaluate", "mnist-cnn", "--dataset", "imagenet"));
        assertFalse(Files.exists(target), "no output for a refused request");
    }

    private void assertOneLine(int expected, int exit) {
        assertEquals(expected, exit, err.toString());
        String text = err.toString().strip();
        assertTrue(text.startsWith("tensorscope: "), text);
        assertFalse(text.contains("\n"), "one line only: " + text);
        assertFalse(text.contains("Exception"), text);
        err.getBuffer().setLength(0);
    }
}
