package io.tensorscope.profiler.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers with their own connections recording at once all succeed: they wait for each other, never "locked". */
class WorkspaceConcurrencyTest {

    private static final int TRANSACTIONS = 40;

    @TempDir
    Path dir;

    @Test
    void twoWritersRecordingAtOnceBothSucceed() throws Exception {
        Path file = dir.resolve("ws.db");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> writers = List.of(pool.submit(writer(file, 0, start)),
                    pool.submit(writer(file, 1, start)));
            start.countDown();
            for (Future<Integer> writer : writers) {
                assertEquals(TRANSACTIONS, writer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertEquals(2 * 2 * TRANSACTIONS, workspace.list(null).size());
        }
    }

    @Test
    void aWriterWaitsForAnotherThatHoldsTheLockInsteadOfFailing() throws Exception {
        Path file = dir.resolve("ws.db");
        Workspace.open(file).close();
        long heldMillis = 1_500;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement(); Workspace workspace = Workspace.open(file)) {
            s.execute("BEGIN IMMEDIATE");
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(heldMillis);
                    s.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            long t0 = System.nanoTime();
            Model model = TestRecords.model(7);
            workspace.record(List.of(Recording.byDigest(TestRecords.original(model, Instant.now()))));
            double waitedMillis = (System.nanoTime() - t0) / 1e6;
            release.join();
            assertTrue(waitedMillis >= heldMillis * 0.8, "it waited for the lock: " + waitedMillis + " ms");
            assertEquals(1, workspace.list(null).size());
        }
    }

    private static Callable<Integer> writer(Path file, int number, CountDownLatch start) {
        return () -> {
            try (Workspace workspace = Workspace.open(file)) {
                start.await();
                for (int i = 0; i < TRANSACTIONS; i++) {
                    Model made = TestRecords.model(6 + number * 100 + i % 10);
                    ExperimentRecord original = TestRecords.original(TestRecords.model(5), Instant.now());
                    workspace.record(List.of(Recording.byDigest(original),
                            Recording.withModel(TestRecords.child(original.id(), made, Instant.now()), made)));
                }
                return TRANSACTIONS;
            }
        };
    }
}
