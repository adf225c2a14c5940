package io.tensorscope.engine.io;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.Printable;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves a file name read from a file (a weight shard, external data, an image of a data set) against the folder
 * it must stay in: absolute names, {@code ..} that climbs out and links that lead out are refused, and so is
 * anything that exists but is not a regular file (a FIFO would hang the read, a device would never end).
 */
public final class ContainedPaths {

    private ContainedPaths() {
    }

    /**
     * @param folder the folder the file must be in
     * @param name   the name as written in the file, relative to {@code folder}
     * @param code   the error code for a name that leaves the folder or is not a regular file
     * @param what   what the name is, for the message (e.g. {@code weight shard 'a.bin'})
     * @return the file's real path when it exists, else its normalised path (the caller reports it missing)
     * @throws TensorscopeException {@code code} for a name outside {@code folder} or not a regular file;
     *                              {@code UNREADABLE_FILE} when a link cannot be resolved
     */
    public static Path resolve(Path folder, String name, ErrorCode code, String what) throws TensorscopeException {
        try {
            Path root = folder.toAbsolutePath().normalize();
            Path file = root.resolve(name).normalize();
            if (Path.of(name).isAbsolute() || !file.startsWith(root)) {
                throw new TensorscopeException(code, what + " is outside " + folder + ": " + Printable.of(name));
            }
            if (!Files.exists(file)) {
                return file;
            }
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                throw new TensorscopeException(code, what + " leads outside " + folder + " through a link: "
                        + Printable.of(name));
            }
            if (!Files.isRegularFile(real)) {
                throw new TensorscopeException(code, what + " is not a regular file (a folder, pipe or device): "
                        + Printable.of(name));
            }
            return real;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, what + " cannot be resolved: " + e.getMessage(), e);
        }
    }
}
