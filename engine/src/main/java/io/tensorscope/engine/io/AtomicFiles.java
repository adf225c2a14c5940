package io.tensorscope.engine.io;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file all-or-nothing: content goes to a temporary file in the same folder, which is moved
 * over the target only once complete. A failure or crash never leaves a half-written target, and a process ended by
 * a signal (Ctrl-C, {@code kill}) leaves no temporary file either: a shutdown hook deletes those still being written
 * (only {@code kill -9} or a power cut can leave one, which {@link StaleTemporaries} sweeps later).
 */
public final class AtomicFiles {

    /** Temporary files being written now, deleted by the shutdown hook if the process ends first. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "tensorscope-temporaries"));
    }

    private AtomicFiles() {
    }

    /** Deletes every temporary file still being written (the shutdown hook's work); their writes then fail. */
    static void deleteInFlight() {
        IN_FLIGHT.forEach(AtomicFiles::deleteQuietly);
    }

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Checks, before any work, what {@link #write} checks first: that {@code target}'s folder exists and that
     * {@code target}, if it exists, is a regular file.
     *
     * @throws TensorscopeException {@code UNREADABLE_FILE} when it is not
     */
    public static void requireWritable(Path target) throws TensorscopeException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot write " + target + ": no such folder");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot write " + target + ": it exists and is "
                    + "not a regular file (a folder, device or pipe); write to a file");
        }
    }

    /**
     * @param target  file to create or replace
     * @param content writes the bytes
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the folder is missing or not writable, the target exists
     *                              but is not a regular file (a device or FIFO is never replaced), or the write
     *                              fails; the target is then untouched
     */
    public static void write(Path target, Content content) throws TensorscopeException {
        requireWritable(target);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
            IN_FLIGHT.add(temp);
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new TensorscopeException(isDiskFull(e) ? ErrorCode.DISK_FULL : ErrorCode.UNREADABLE_FILE,
                    "cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
            if (temp != null) {
                IN_FLIGHT.remove(temp);
            }
        }
    }

    /**
     * A new file gets the permissions the umask gives (it is created like any other, not as a private temporary
     * file); a file replaced keeps its own.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    /** @return whether {@code e} says the disk or the quota is full (ENOSPC, EDQUOT) */
    public static boolean isDiskFull(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("No space left on device") || message.contains("Disk quota exceeded");
    }

    /** Deletes a temporary file if it exists, ignoring failure (a leftover temp file is harmless). */
    public static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temp file is hidden and named .part; nothing else to do
        }
    }
}
