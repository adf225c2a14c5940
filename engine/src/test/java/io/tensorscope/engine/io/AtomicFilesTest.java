package io.tensorscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes replace regular files only: a pipe or a folder in the way is refused and left as it is. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileIsReplacedWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("out.txt"), "old");
        AtomicFiles.write(target, out -> out.write("new".getBytes()));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aPipeOrAFolderIsRefusedAndNotReplaced() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> AtomicFiles.write(fifo, out -> out.write(1)));
        assertEquals(ErrorCode.UNREADABLE_FILE, e.code());
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still a pipe");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThrows(TensorscopeException.class, () -> AtomicFiles.write(folder, out -> out.write(1)));
        assertTrue(Files.isDirectory(folder));
    }
}
