package io.tensorscope.engine.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Sweeps what runs leave in the temporary folder: the empty {@code onnxruntime-java*} folders ONNX Runtime's Java
 * loader leaves behind on every start, and our own {@code tensorscope-*} temporary models, folders and files that a
 * killed run could not delete. ONNX Runtime's folders are removed when empty and untouched for
 * {@link #LOADER_DONE} (its loader is done with them: the libraries it extracts are deleted only at the JVM's exit,
 * after every shutdown hook, so a run cannot remove its own); ours when untouched for {@link #OURS_STALE}, so another
 * process's files in use are never touched. Links are never followed.
 */
public final class StaleTemporaries {

    /** Our temporaries untouched this long belong to no live run. */
    public static final Duration OURS_STALE = Duration.ofDays(1);
    /** ONNX Runtime's folders empty and untouched this long are no longer being loaded from. */
    public static final Duration LOADER_DONE = Duration.ofSeconds(10);

    private static final String OURS = "tensorscope-";
    private static final String ONNX_RUNTIME = "onnxruntime-java";

    private StaleTemporaries() {
    }

    /**
     * @param folder the temporary folder (normally {@code java.io.tmpdir})
     * @param now    the time now
     * @return how many entries were removed; entries that cannot be removed are left, silently (a sweep is tidying)
     */
    public static int sweep(Path folder, Instant now) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (remove(entry, now)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable temporary folder: nothing to sweep
        }
        return removed;
    }

    private static boolean isStale(Path entry, Duration olderThan, Instant now) throws IOException {
        if (Files.isSymbolicLink(entry)) {
            return false;
        }
        Instant modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
        return modified.plus(olderThan).isBefore(now);
    }

    private static boolean remove(Path entry, Instant now) throws IOException {
        String name = entry.getFileName().toString();
        boolean folder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
        if (name.startsWith(ONNX_RUNTIME) && folder) {
            return isStale(entry, LOADER_DONE, now) && isEmpty(entry) && Files.deleteIfExists(entry);
        }
        if (!name.startsWith(OURS) || !isStale(entry, OURS_STALE, now)) {
            return false;
        }
        return folder ? TemporaryFolder.deleteTree(entry) : Files.deleteIfExists(entry);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }
}
