package io.tensorscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the start-up sweep removes from a temporary folder, and what it must leave. */
class StaleTemporariesTest {

    @TempDir
    Path tmp;

    private final Instant now = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void removesOnlyStaleLeftoversOfOursAndOnnxRuntimesEmptyFolders() throws Exception {
        Path emptyOrt = aged(Files.createDirectory(tmp.resolve("onnxruntime-java123")), Duration.ofMinutes(1));
        Path loadingOrt = aged(Files.createDirectory(tmp.resolve("onnxruntime-java456")), Duration.ofSeconds(1));
        Path fullOrt = Files.createDirectory(tmp.resolve("onnxruntime-java789"));
        aged(Files.writeString(fullOrt.resolve("libonnxruntime.so"), "x"), Duration.ofDays(2));
        aged(fullOrt, Duration.ofDays(2));
        Path oldModel = aged(Files.writeString(tmp.resolve("tensorscope-1.onnx"), "m"), Duration.ofDays(2));
        Path newModel = aged(Files.writeString(tmp.resolve("tensorscope-2.onnx"), "m"), Duration.ofHours(1));
        Path oldFolder = Files.createDirectory(tmp.resolve("tensorscope-profile-9"));
        aged(Files.writeString(oldFolder.resolve("trace.json"), "{}"), Duration.ofDays(3));
        aged(oldFolder, Duration.ofDays(3));
        Path someoneElse = aged(Files.writeString(tmp.resolve("other.onnx"), "m"), Duration.ofDays(30));
        Path outside = Files.createDirectory(tmp.resolve("keep"));
        Path link = aged(Files.createSymbolicLink(tmp.resolve("tensorscope-link"), outside), Duration.ofDays(9));

        assertEquals(3, StaleTemporaries.sweep(tmp, now));
        assertFalse(Files.exists(emptyOrt), "an empty loader folder, done with");
        assertTrue(Files.exists(loadingOrt), "a loader folder touched a second ago may be in use");
        assertTrue(Files.exists(fullOrt.resolve("libonnxruntime.so")), "a loader folder with files is not ours to empty");
        assertFalse(Files.exists(oldModel));
        assertTrue(Files.exists(newModel), "a temporary model of a run still going");
        assertFalse(Files.exists(oldFolder));
        assertTrue(Files.exists(someoneElse) && Files.exists(outside), "nothing not ours");
        assertTrue(Files.isSymbolicLink(link), "links are never followed nor removed");
    }

    private Path aged(Path path, Duration age) throws Exception {
        Files.setLastModifiedTime(path, FileTime.from(now.minus(age)));
        return path;
    }
}
