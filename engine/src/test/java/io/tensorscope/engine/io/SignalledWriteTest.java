package io.tensorscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.TensorscopeException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process ended mid-write (Ctrl-C, kill) leaves neither its output nor a temporary file behind. */
class SignalledWriteTest {

    @TempDir
    Path dir;

    @Test
    void aWriteInterruptedBySigtermLeavesNothing() throws Exception {
        Path target = dir.resolve("model.onnx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BlockedWrite.class.getName(), target.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine(), "the child reached the middle of its write");
            assertEquals(1, entries().size(), "its temporary file exists: " + entries());
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "SIGTERM ends it");
        } finally {
            process.destroyForcibly();
        }
        assertEquals(List.of(), entries(), "no output and no temporary file");
    }

    @Test
    void theHookDeletesATemporaryStillBeingWrittenAndThatWriteFails() throws Exception {
        Path target = Files.writeString(dir.resolve("out.txt"), "old");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch deleted = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                AtomicFiles.write(target, out -> {
                    out.write("new".getBytes());
                    writing.countDown();
                    try {
                        deleted.await();
                    } catch (InterruptedException e) {
                        throw new java.io.IOException(e);
                    }
                });
            } catch (TensorscopeException e) {
                failure.set(e);
            }
        });
        writer.start();
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        assertEquals(2, entries().size(), "target and temporary: " + entries());
        AtomicFiles.deleteInFlight();
        assertEquals(List.of(target), entries(), "the temporary is gone");
        deleted.countDown();
        writer.join(10_000);
        assertTrue(failure.get() instanceof TensorscopeException, "the write reports its failure");
        assertEquals("old", Files.readString(target), "the target is untouched");
        assertFalse(writer.isAlive());
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
