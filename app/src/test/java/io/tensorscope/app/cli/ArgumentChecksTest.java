package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arguments that used to be silently misread or to end in an internal error: each is now exit 2 with one line,
 * before any work, and no file is touched.
 */
class ArgumentChecksTest {

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void negativeCountsAndTrailingSizeSeparatorsAreRefused() {
        String samples = cli.assertOneLineError(2, cli.run("evaluate", "mnist-cnn", "--dataset", "mnist", "--samples",
                "-5"));
        assertTrue(samples.contains("samples must be 0 (all) or more, not -5"), samples);
        String sizes = cli.assertOneLineError(2, cli.run("inspect", "minilm", "--input", "input_ids=1x128x"));
        assertTrue(sizes.contains("input_ids=1x128x"), sizes);
        String top = cli.assertOneLineError(2, cli.run("profile", "mnist-cnn", "--top", "-5"));
        assertTrue(top.contains("--top must be 0 or more"), top);
        String runs = cli.assertOneLineError(2, cli.run("bench", "--runs", "0"));
        assertTrue(runs.contains("--runs must be 1 or more"), runs);
        assertEquals("", cli.out.toString(), "refused before any work is printed");
    }

    @Test
    void optionsThatWouldBeIgnoredAreRefused() {
        Path out = dir.resolve("q.onnx");
        String op = cli.assertOneLineError(2, cli.run("quantize", "mnist-cnn", "-o", out.toString(), "--mode", "dynamic",
                "--exclude-op", "Foo"));
        assertTrue(op.contains("name no operator of mnist-cnn: Foo (it has ") && op.contains("Conv"), op);
        String dataset = cli.assertOneLineError(2, cli.run("quantize", "mnist-cnn", "-o", out.toString(), "--mode",
                "dynamic", "--dataset", "mnist"));
        assertTrue(dataset.contains("dynamic mode takes none"), dataset);
        String reference = cli.assertOneLineError(2, cli.run("evaluate", "mnist-cnn", "--dataset", "mnist",
                "--reference", "mnist-cnn"));
        assertTrue(reference.contains("mnist is scored as images"), reference);
        assertTrue(Files.notExists(out));
    }

    @Test
    void aJsonReportIsNeverWrittenOverTheModelItDescribes() throws Exception {
        Path model = dir.resolve("half.onnx");
        assertEquals(0, cli.run("quantize", "mnist-cnn", "-o", model.toString(), "--mode", "fp16"), cli.err.toString());
        byte[] before = Files.readAllBytes(model);
        String spelled = dir.resolve(".").resolve("half.onnx").toString();
        cli.assertOneLineError(2, cli.run("inspect", model.toString(), "--json", spelled));
        cli.assertOneLineError(2, cli.run("profile", model.toString(), "--json", spelled));
        cli.assertOneLineError(2, cli.run("profile", model.toString(), "--trace", model.toString()));
        cli.assertOneLineError(2, cli.run("evaluate", model.toString(), "--dataset", "mnist", "--json", spelled));
        cli.assertOneLineError(2, cli.run("compare", "mnist-cnn", model.toString(), "--dataset", "mnist", "--json",
                spelled));
        cli.assertOneLineError(2, cli.run("sensitivity", model.toString(), "--pass", "fp16", "--dataset", "mnist",
                "--json", spelled));
        assertArrayEquals(before, Files.readAllBytes(model), "the model is untouched");
    }

    @Test
    void textReadFromAFileIsEscapedAndClippedInTheErrorLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("texts.csv"), "name\u001b[31mred," + "x".repeat(100_000) + "\n");
        String error = cli.assertOneLineError(2, cli.run("evaluate", "minilm", "--dataset", csv.toString()));
        assertTrue(!error.contains("\u001b") && error.contains("name\\u001b[31mred"), error);
        assertTrue(error.length() < 400 && error.contains("characters)"), "clipped: " + error.length());
    }
}
