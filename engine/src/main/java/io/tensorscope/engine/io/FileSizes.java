package io.tensorscope.engine.io;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** File sizes with the error a user can act on. */
public final class FileSizes {

    private FileSizes() {
    }

    /**
     * @return the size of {@code file} in bytes
     * @throws TensorscopeException {@code UNREADABLE_FILE} if it cannot be read
     */
    public static long of(Path file) throws TensorscopeException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
