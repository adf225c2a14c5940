package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} (and {@code compare --report}) end to end on the MNIST CNN and its dynamic int8, and bad input. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void measuresRecordsThenReportsFromTheWorkspaceWithoutMeasuringAgain() throws Exception {
        Path int8 = dir.resolve("int8.onnx");
        Path ws = dir.resolve("ws.db");
        assertEquals(0, cli.run("quantize", "mnist-cnn", "-o", int8.toString(), "--no-record"), cli.err.toString());
        Path json = dir.resolve("report.json");
        assertEquals(0, cli.run("report", "mnist-cnn", int8.toString(), "-o", json.toString(), "--dataset", "mnist",
                "--samples", "500", "--workspace", ws.toString()), cli.err.toString());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("tensorscope-report", report.path("format").asText());
        JsonNode candidate = report.path("models").get(1);
        assertEquals(500, candidate.path("accuracy").path("samples").asInt());
        assertTrue(candidate.path("size_fraction").asDouble() < 0.3, candidate.toString());
        assertEquals(20, candidate.path("speed_up").path("pairs").asInt(), "timed in turn with the baseline");
        double low = candidate.path("accuracy").path("ci95_low").asDouble();
        double value = candidate.path("accuracy").path("value").asDouble();
        assertTrue(low < value && value < candidate.path("accuracy").path("ci95_high").asDouble());
        assertEquals(10, candidate.path("per_class").size(), "ten digits");
        JsonNode dense = report.path("layers").get(0).path("rows").get(0);
        assertEquals("dense_1", dense.path("layer").asText(), "the big Gemm saves the most time");
        assertEquals("int8", dense.path("precision_after").asText());
        assertFalse(report.path("rooflines").get(0).path("before").isEmpty());
        assertTrue(cli.out.toString().contains("wrote report " + json), cli.out.toString());

        List<ExperimentRow> rows;
        try (Workspace workspace = Workspace.open(ws)) {
            rows = workspace.list(null);
            assertEquals(2, rows.size());
            assertTrue(workspace.detail(rows.get(0).id()).isPresent(), "per-layer measurements kept");
        }
        cli.out.getBuffer().setLength(0);
        Path html = dir.resolve("report.html");
        assertEquals(0, cli.run("report", rows.get(1).id().substring(0, 8), rows.get(0).id(), "-o", html.toString(),
                "--workspace", ws.toString()), cli.err.toString());
        assertFalse(cli.out.toString().contains("recorded"), "stored experiments are not measured again");
        String page = Files.readString(html);
        assertTrue(page.contains("Layers: " + report.path("models").get(1).path("name").asText()),
                "layer table from the stored measurements");
        assertTrue(page.contains(String.format(java.util.Locale.ROOT, "%.2f %%", 100 * value)), "the stored score");
        assertTrue(page.contains("How each candidate was made"));
        String speedUp = String.format(java.util.Locale.ROOT, "%.2fx (", candidate.path("speed_up").path("median")
                .asDouble());
        assertTrue(page.contains(speedUp), "the in-turn speed-up, stored with the experiment: " + speedUp);
    }

    @Test
    void compareWritesTheReportToo() throws Exception {
        Path csv = dir.resolve("report.csv");
        assertEquals(0, cli.run("compare", "mnist-cnn", "mnist-cnn", "--samples", "20", "--report", csv.toString(),
                "--no-record"), cli.err.toString());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("model,baseline,experiment_id"));
        assertTrue(lines.get(2).startsWith("mnist-cnn,false,"), lines.get(2));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("layers of mnist-cnn,op_type")));
    }

    @Test
    void badInputIsOneLine() {
        Path ws = dir.resolve("ws.db");
        String unknownId = cli.assertOneLineError(2, cli.run("report", "mnist-cnn", "feedbeef", "-o",
                dir.resolve("r.html").toString(), "--workspace", ws.toString()));
        assertTrue(unknownId.contains("'feedbeef' is neither a model file, a bundled model nor an experiment"),
                unknownId);
        String folder = cli.assertOneLineError(2, cli.run("report", "mnist-cnn", "mnist-cnn", "-o",
                dir.resolve("missing/r.html").toString(), "--workspace", ws.toString()));
        assertTrue(folder.contains("no such folder"), folder);
        assertFalse(cli.out.toString().contains("recorded"), "refused before anything was measured");
        String ending = cli.assertOneLineError(2, cli.run("report", "mnist-cnn", "mnist-cnn", "-o",
                dir.resolve("r.docx").toString(), "--workspace", ws.toString()));
        assertTrue(ending.contains("must end in .html, .pdf, .csv or .json"), ending);
        assertFalse(Files.exists(dir.resolve("r.docx")));
        String budget = cli.assertOneLineError(2, cli.run("report", "mnist-cnn", "mnist-cnn", "-o",
                dir.resolve("r.json").toString(), "--min-speedup", "0", "--workspace", ws.toString()));
        assertTrue(budget.contains("speed-up > 0"), budget);
        String compareBudget = cli.assertOneLineError(2, cli.run("compare", "mnist-cnn", "mnist-cnn", "--report",
                dir.resolve("c.json").toString(), "--max-size", "0", "--no-record"));
        assertTrue(compareBudget.contains("size fraction > 0"), compareBudget);
        assertFalse(cli.out.toString().contains("speed-up"), "refused before the comparison was measured");
    }
}
