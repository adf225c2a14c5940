package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that an output path is not one of the command's inputs (spelled another way, or through a symlink). */
final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * @param output where the command will write
     * @param inputs files the command reads (missing ones are ignored)
     * @throws TensorscopeException {@code BAD_ARGUMENT} when {@code output} is one of {@code inputs}
     */
    static void requireDistinct(Path output, Path... inputs) throws TensorscopeException {
        if (output == null) {
            return;
        }
        Path out = canonical(output);
        for (Path input : inputs) {
            if (input != null && out.equals(canonical(input))) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "the output " + output + " is an input of this "
                        + "command; write to another file");
            }
        }
    }

    private static Path canonical(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
