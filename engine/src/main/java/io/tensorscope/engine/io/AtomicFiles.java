package io.tensorscope.engine.io;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all-or-nothing: content goes to a temporary file in the same folder, which is moved
 * over the target only once complete. A failure or crash never leaves a half-written target.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * @param target  file to create or replace
     * @param content writes the bytes
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the folder is missing or not writable, the target exists
     *                              but is not a regular file (a device or FIFO is never replaced), or the write
     *                              fails; the target is then untouched
     */
    public static void write(Path target, Content content) throws TensorscopeException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot write " + target + ": no such folder");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot write " + target + ": it exists and is "
                    + "not a regular file (a folder, device or pipe); write to a file");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
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
