package io.tensorscope.profiler.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.experiment.Digests;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording, listing, reading back, removing and collecting garbage; files a workspace must refuse. */
class WorkspaceTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123456Z");

    @TempDir
    Path dir;

    @Test
    void experimentsComeBackAsRecordedNewestFirstAndASharedModelIsStoredOnce() throws Exception {
        Model parentModel = TestRecords.model(9);
        Model made = TestRecords.model(13);
        ExperimentRecord original = TestRecords.original(parentModel, T0);
        ExperimentRecord first = TestRecords.child(original.id(), made, T0.plusSeconds(1));
        ExperimentRecord second = TestRecords.child(original.id(), made, T0.plusSeconds(2));
        try (Workspace workspace = Workspace.open(dir.resolve("ws.db"))) {
            workspace.record(List.of(Recording.withModel(second, made), Recording.withModel(first, made),
                    Recording.byDigest(original)));

            assertEquals(original, workspace.find(original.id()).orElseThrow(), "JSON round trip, exact instant");
            assertEquals(first, workspace.find(first.id()).orElseThrow());
            List<ExperimentRow> rows = workspace.list(null);
            assertEquals(List.of(second.id(), first.id(), original.id()), rows.stream().map(ExperimentRow::id).toList());
            ExperimentRow row = rows.get(0);
            assertEquals(original.id(), row.parentId());
            assertEquals(made.name(), row.modelName());
            assertEquals(Digests.ofModel(made), row.modelSha256());
            assertEquals(made.proto().getSerializedSize(), row.modelSizeBytes());
            assertEquals(1.5, row.latencyMedianMs());
            assertEquals("top-1 accuracy", row.metric());
            assertEquals(0.97, row.metricValue());
            assertEquals(T0.plusSeconds(2).toEpochMilli(), row.createdAt().toEpochMilli());
            assertNull(rows.get(2).parentId());

            assertEquals(List.of(first.id(), second.id()), workspace.children(original.id()));
            assertEquals(second.id(), workspace.newestWithModel(Digests.ofModel(made)).orElseThrow());
            assertEquals(2, workspace.list(made.name()).size());
            assertEquals(1, workspace.list(original.modelSha256().substring(0, 8)).size(), "by digest prefix");
            assertEquals(0, workspace.list("no-such-model").size());

            Path stored = workspace.storedModel(first.modelSha256()).orElseThrow();
            assertArrayEquals(made.proto().toByteArray(), Files.readAllBytes(stored));
            try (var files = Files.list(dir.resolve("models"))) {
                assertEquals(1, files.count(), "two experiments of one model: one file");
            }
            assertTrue(workspace.storedModel(original.modelSha256()).isEmpty(), "the original is not copied");
        }
    }

    @Test
    void removingNeedsRecursiveForChildrenAndGcFreesOnlyUnusedModels() throws Exception {
        Model a = TestRecords.model(9);
        Model b = TestRecords.model(13);
        Model c = TestRecords.model(17);
        ExperimentRecord original = TestRecords.original(a, T0);
        ExperimentRecord child = TestRecords.child(original.id(), b, T0.plusSeconds(1));
        ExperimentRecord grandchild = TestRecords.child(child.id(), c, T0.plusSeconds(2));
        ExperimentRecord other = TestRecords.original(TestRecords.model(21), T0.plusSeconds(3));
        ExperimentRecord kept = TestRecords.child(other.id(), c, T0.plusSeconds(4));
        try (Workspace workspace = Workspace.open(dir.resolve("ws.db"))) {
            workspace.record(List.of(Recording.byDigest(original), Recording.withModel(child, b),
                    Recording.withModel(grandchild, c)));
            workspace.record(List.of(Recording.byDigest(other), Recording.withModel(kept, c)));
            Files.write(dir.resolve("models").resolve(".x.onnx.123.part"), new byte[100]);

            TensorscopeException refused = assertThrows(TensorscopeException.class,
                    () -> workspace.remove(original.id(), false));
            assertEquals(ErrorCode.BAD_ARGUMENT, refused.code());
            assertTrue(refused.getMessage().contains("--recursive"), refused.getMessage());
            assertEquals(5, workspace.list(null).size(), "nothing removed when refused");

            assertEquals(List.of(original.id(), child.id(), grandchild.id()), workspace.remove(original.id(), true));
            assertEquals(List.of(kept.id(), other.id()), workspace.list(null).stream().map(ExperimentRow::id).toList());

            FreedSpace freed = workspace.collectGarbage();
            assertEquals(1, freed.modelFiles(), "b is unused; c is still kept's");
            assertEquals(1, freed.leftovers());
            assertEquals(b.proto().getSerializedSize() + 100L, freed.bytes());
            assertTrue(workspace.storedModel(kept.modelSha256()).isPresent());
            assertTrue(workspace.storedModel(child.modelSha256()).isEmpty());
            assertEquals(new FreedSpace(0, 0, 0), workspace.collectGarbage());
        }
    }

    @Test
    void idsResolveFromAUniquePrefixOnly() throws Exception {
        Model model = TestRecords.model(9);
        try (Workspace workspace = Workspace.open(dir.resolve("ws.db"))) {
            workspace.record(List.of(
                    Recording.byDigest(TestRecords.record("abcd1111-0000-0000-0000-000000000000", null, model, T0)),
                    Recording.byDigest(TestRecords.record("abcd2222-0000-0000-0000-000000000000", null, model, T0))));
            assertEquals("abcd2222-0000-0000-0000-000000000000", workspace.resolveId("abcd2"));
            assertEquals("abcd1111-0000-0000-0000-000000000000",
                    workspace.resolveId("abcd1111-0000-0000-0000-000000000000"));
            TensorscopeException ambiguous = assertThrows(TensorscopeException.class, () -> workspace.resolveId("abcd"));
            assertTrue(ambiguous.getMessage().contains("give more of it"), ambiguous.getMessage());
            TensorscopeException unknown = assertThrows(TensorscopeException.class, () -> workspace.resolveId("ffff"));
            assertEquals(ErrorCode.BAD_ARGUMENT, unknown.code());
            assertTrue(unknown.getMessage().contains("no experiment ffff"), unknown.getMessage());
            assertThrows(TensorscopeException.class, () -> workspace.resolveId("%"), "no LIKE wildcards");
        }
    }

    @Test
    void aNewerSchemaIsRefusedWithOneLineSayingToUpgrade() throws Exception {
        Path file = dir.resolve("ws.db");
        Workspace.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertEquals(SchemaMigrations.CURRENT, SchemaMigrations.version(c));
            s.execute("UPDATE schema_version SET version = 99");
        }
        String message = refusal(file);
        assertTrue(message.contains("newer Tensorscope (schema 99") && message.contains("upgrade Tensorscope"), message);
    }

    @Test
    void aCorruptFileOrAnotherProgramsDatabaseIsRefusedNamingTheFile() throws Exception {
        Path corrupt = Files.writeString(dir.resolve("corrupt.db"), "not a database ".repeat(500));
        String message = refusal(corrupt);
        assertTrue(message.contains(corrupt.toString()) && message.contains("corrupt"), message);
        assertEquals("not a database ".repeat(500), Files.readString(corrupt), "the file is left alone");

        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER)");
        }
        assertTrue(refusal(foreign).contains("another program"), refusal(foreign));

        Path underAFile = Files.writeString(dir.resolve("plain.txt"), "x").resolve("ws.db");
        assertTrue(refusal(underAFile).contains("folder you can write"), refusal(underAFile));
    }

    private static String refusal(Path file) {
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> Workspace.open(file).close());
        assertEquals(ErrorCode.UNREADABLE_FILE, e.code(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }
}
