package io.tensorscope.engine.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A process for {@link SignalledWriteTest}: starts an atomic write of {@code args[0]}, prints "writing" once its
 * temporary file exists, then waits until it is killed.
 */
final class BlockedWrite {

    private BlockedWrite() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write("half".getBytes());
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                throw new IOException("interrupted", e);
            }
        });
    }
}
