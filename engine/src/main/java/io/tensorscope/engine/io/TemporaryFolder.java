package io.tensorscope.engine.io;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder deleted with everything in it on {@link #close()}. */
public final class TemporaryFolder implements AutoCloseable {

    private final Path path;

    private TemporaryFolder(Path path) {
        this.path = path;
    }

    /**
     * @param prefix folder-name prefix
     * @return a new empty folder under the system's temporary directory
     * @throws TensorscopeException {@code INTERNAL} if it cannot be created
     */
    public static TemporaryFolder create(String prefix) throws TensorscopeException {
        try {
            return new TemporaryFolder(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.INTERNAL, "cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    /** @return the folder */
    public Path path() {
        return path;
    }

    /** Deletes the folder and its contents; what cannot be deleted now is deleted when the JVM exits. */
    @Override
    public void close() {
        if (!deleteTree(path)) {
            path.toFile().deleteOnExit();
        }
    }

    /**
     * Deletes {@code root} and everything under it, not following links; what cannot be deleted now is deleted when
     * the JVM exits.
     *
     * @return whether {@code root} is gone
     */
    static boolean deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                if (!p.toFile().delete()) {
                    p.toFile().deleteOnExit();
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        return !Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }
}
