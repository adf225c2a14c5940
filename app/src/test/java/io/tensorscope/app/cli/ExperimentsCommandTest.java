package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.profiler.workspace.WorkspaceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands record what they make (a model made from a recorded one continues its lineage); {@code experiments
 * list|show|rm|export|gc} read and tidy the workspace; bad ids and workspaces exit 2 with one line.
 */
class ExperimentsCommandTest {

    private static final Pattern RECORDED = Pattern.compile("recorded experiment ([0-9a-f-]{36}) in (.*)");

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void madeModelsAreRecordedListedShownExportedRemovedAndCollected() throws Exception {
        String ws = dir.resolve("ws.db").toString();
        Path pruned = dir.resolve("pruned.onnx");
        Path quantized = dir.resolve("quantized.onnx");
        assertEquals(0, cli.run("prune", "mnist-cnn", "-o", pruned.toString(), "--method", "magnitude", "--sparsity",
                "0.5", "--workspace", ws), cli.err.toString());
        String prunedId = recordedId(ws);
        assertEquals(0, cli.run("quantize", pruned.toString(), "-o", quantized.toString(), "--mode", "dynamic",
                "--workspace", ws), cli.err.toString());
        String quantizedId = recordedId(ws);

        JsonNode rows = listJson("--workspace", ws);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(quantizedId, rows.get(0).path("id").asText(), "newest first");
        assertEquals(prunedId, rows.get(0).path("parent_id").asText(), "quantize ran on prune's model: its child");
        assertEquals(prunedId, rows.get(1).path("id").asText());
        String originalId = rows.get(2).path("id").asText();
        assertEquals(originalId, rows.get(1).path("parent_id").asText());
        assertTrue(rows.get(2).path("parent_id").isNull());
        assertEquals("mnist-cnn", rows.get(2).path("model_name").asText());
        assertEquals(Files.size(quantized), rows.get(0).path("model_size_bytes").asLong());
        assertEquals(2, listJson("--workspace", ws, "--model", "mnist-cnn").size());
        assertEquals(quantizedId, listJson("--workspace", ws, "--model", pruned.toString()).get(0).path("id").asText(),
                "a file's experiments, found by its name");

        assertEquals(0, cli.run("experiments", "list", "--workspace", ws));
        String table = cli.out.toString();
        assertTrue(table.contains("ID        CREATED (UTC)"), table);
        assertTrue(table.contains(quantizedId.substring(0, 8) + "  "), table);

        cli.out.getBuffer().setLength(0);
        assertEquals(0, cli.run("experiments", "show", quantizedId.substring(0, 8), "--workspace", ws),
                cli.err.toString());
        String shown = cli.out.toString();
        assertTrue(shown.contains("experiment   " + quantizedId), shown);
        assertTrue(shown.contains("parent       " + prunedId), shown);
        assertTrue(shown.contains("\"pass\" : \"dynamic-int8\""), "the replayable spec: " + shown);
        assertTrue(shown.contains("dynamic-int8: "), "the pass report: " + shown);

        Path exported = dir.resolve("exported.onnx");
        assertEquals(0, cli.run("experiments", "export", quantizedId, "-o", exported.toString(), "--workspace", ws),
                cli.err.toString());
        assertArrayEquals(Files.readAllBytes(quantized), Files.readAllBytes(exported));
        String original = cli.assertOneLineError(2, cli.run("experiments", "export", originalId, "-o",
                dir.resolve("x.onnx").toString(), "--workspace", ws));
        assertTrue(original.contains("recorded by its digest only"), original);

        String refused = cli.assertOneLineError(2, cli.run("experiments", "rm", originalId, "--workspace", ws));
        assertTrue(refused.contains("--recursive"), refused);
        cli.out.getBuffer().setLength(0);
        assertEquals(0, cli.run("experiments", "rm", prunedId, "--recursive", "--workspace", ws));
        assertTrue(cli.out.toString().startsWith("removed 2 experiment(s): "), cli.out.toString());
        assertEquals(1, listJson("--workspace", ws).size());
        cli.out.getBuffer().setLength(0);
        assertEquals(0, cli.run("experiments", "gc", "--workspace", ws));
        long freed = Files.size(pruned) + Files.size(quantized);
        assertTrue(cli.out.toString().contains("removed 2 unused model file(s) and 0 temporary file(s): freed ")
                && cli.out.toString().contains("(" + freed + " bytes)"), cli.out.toString());
    }

    @Test
    void noRecordRecordsNothingAndTheDefaultWorkspaceIsTheTestsOwn() throws Exception {
        String ws = dir.resolve("ws.db").toString();
        assertEquals(0, cli.run("quantize", "mnist-cnn", "-o", dir.resolve("a.onnx").toString(), "--mode", "dynamic",
                "--workspace", ws, "--no-record"), cli.err.toString());
        assertFalse(cli.out.toString().contains("recorded experiment"), cli.out.toString());
        assertEquals(0, listJson("--workspace", ws).size());

        cli.out.getBuffer().setLength(0);
        assertEquals(0, cli.run("quantize", "mnist-cnn", "-o", dir.resolve("b.onnx").toString(), "--mode", "dynamic"),
                cli.err.toString());
        Matcher recorded = RECORDED.matcher(cli.out.toString());
        assertTrue(recorded.find(), cli.out.toString());
        assertEquals(WorkspaceLocation.resolve(null).toString(), recorded.group(2));
        assertTrue(recorded.group(2).contains("target"), "tests record under target/: " + recorded.group(2));
    }

    @Test
    void badIdsAndWorkspacesExitTwoWithOneLine() throws Exception {
        String ws = dir.resolve("ws.db").toString();
        String unknown = cli.assertOneLineError(2, cli.run("experiments", "show", "0123abcd", "--workspace", ws));
        assertTrue(unknown.contains("no experiment 0123abcd"), unknown);
        cli.assertOneLineError(2, cli.run("experiments", "rm", "0123abcd", "--workspace", ws));
        cli.assertOneLineError(2, cli.run("experiments", "--workspace", ws));
        cli.assertOneLineError(2, cli.run("experiments"));

        Path corrupt = Files.writeString(dir.resolve("corrupt.db"), "garbage ".repeat(1000));
        String bad = cli.assertOneLineError(2, cli.run("experiments", "list", "--workspace", corrupt.toString()));
        assertTrue(bad.contains(corrupt.toString()), bad);

        Path out = dir.resolve("out.onnx");
        String unwritable = Files.writeString(dir.resolve("file.txt"), "x").resolve("ws.db").toString();
        String cannot = cli.assertOneLineError(2, cli.run("quantize", "mnist-cnn", "-o", out.toString(), "--mode",
                "dynamic", "--workspace", unwritable));
        assertTrue(cannot.contains("folder you can write"), cannot);
        assertFalse(Files.exists(out), "refused before any work");

        Path newer = dir.resolve("newer.db");
        assertEquals(0, cli.run("experiments", "list", "--workspace", newer.toString()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = version + 1");
        }
        String upgrade = cli.assertOneLineError(2, cli.run("experiments", "list", "--workspace", newer.toString()));
        assertTrue(upgrade.contains("upgrade Tensorscope"), upgrade);
    }

    private String recordedId(String ws) {
        Matcher m = RECORDED.matcher(cli.out.toString());
        String last = null;
        while (m.find()) {
            assertEquals(Path.of(ws).toAbsolutePath().toString(), m.group(2));
            last = m.group(1);
        }
        assertTrue(last != null, cli.out.toString());
        cli.out.getBuffer().setLength(0);
        return last;
    }

    private JsonNode listJson(String... options) throws Exception {
        cli.out.getBuffer().setLength(0);
        String[] args = new String[options.length + 3];
        args[0] = "experiments";
        args[1] = "list";
        args[2] = "--json";
        System.arraycopy(options, 0, args, 3, options.length);
        assertEquals(0, cli.run(args), cli.err.toString());
        JsonNode rows = new ObjectMapper().readTree(cli.out.toString());
        cli.out.getBuffer().setLength(0);
        return rows;
    }
}
