package io.tensorscope.profiler.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.profiler.experiment.Digests;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process recording in a loop is killed with SIGKILL at random moments, again and again; afterwards the database
 * opens, {@code PRAGMA integrity_check} says ok, and every experiment the process reported committed is there with
 * its model file intact.
 */
class WorkspaceDurabilityTest {

    private static final int KILLS = 5;

    @TempDir
    Path dir;

    @Test
    void everyCommittedExperimentSurvivesKillNine() throws Exception {
        Path file = dir.resolve("ws.db");
        Random random = new Random();
        List<String> committed = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            committed.addAll(runAndKill(file, 50 + random.nextInt(700)));
        }
        assertTrue(committed.size() >= 2 * KILLS, "the child committed in every round: " + committed.size());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet check = s.executeQuery("PRAGMA integrity_check")) {
            assertTrue(check.next());
            assertEquals("ok", check.getString(1));
        }
        try (Workspace workspace = Workspace.open(file)) {
            for (String line : committed) {
                String[] ids = line.split(" ");
                ExperimentRecord child = workspace.find(ids[1]).orElseThrow(() -> new AssertionError("lost " + line));
                assertEquals(ids[2], child.parentId());
                assertTrue(workspace.find(ids[2]).isPresent(), "lost the parent of " + line);
                Path stored = workspace.storedModel(child.modelSha256()).orElseThrow();
                assertEquals(child.modelSha256(), Digests.of(Files.readAllBytes(stored)), "model file intact");
            }
            assertTrue(workspace.list(null).size() >= 2 * committed.size());
            FreedSpace freed = workspace.collectGarbage();
            System.out.printf("durability: %d experiment pairs committed over %d kills, all present; %d rows in all; "
                    + "gc removed %d orphan model file(s) and %d interrupted write(s)%n", committed.size(), KILLS,
                    workspace.list(null).size(), freed.modelFiles(), freed.leftovers());
        }
    }

    /** @return the {@code committed} lines the child printed before it was killed, {@code afterFirstMillis} after its first */
    private static List<String> runAndKill(Path file, long afterFirstMillis) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dai.djl.offline=true", RecordingLoop.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("committed ")) {
                        lines.add(line);
                        first.countDown();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the pipe closes when the child is killed
            }
        });
        reader.start();
        try {
            assertTrue(first.await(60, TimeUnit.SECONDS), "the child committed nothing within 60 s");
            Thread.sleep(afterFirstMillis);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        reader.join(10_000);
        assertEquals(137, child.exitValue(), "killed with SIGKILL");
        return new ArrayList<>(lines);
    }
}
