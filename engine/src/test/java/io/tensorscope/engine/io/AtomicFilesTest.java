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

    @Test
    void aNewFileTakesTheUmasksPermissionsAndAReplacedOneKeepsItsOwn() throws Exception {
        Path created = dir.resolve("new.txt");
        AtomicFiles.write(created, out -> out.write(1));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(created),
                "like a file created the ordinary way (0666 less the umask), not 0600");
        Path shared = Files.writeString(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(shared, out -> out.write(2));
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(shared)));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void aFullDiskIsAResourceError() throws Exception {
        Path full = Path.of("/dev/full");
        if (!Files.exists(full)) {
            return;
        }
        assertTrue(AtomicFiles.isDiskFull(assertThrows(java.io.IOException.class,
                () -> Files.write(full, new byte[] {1}))), "ENOSPC is recognised");
    }
}
