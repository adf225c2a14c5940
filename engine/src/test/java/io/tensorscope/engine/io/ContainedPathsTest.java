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

/** Names read from a file resolve inside their folder or are refused, however they try to leave it. */
class ContainedPathsTest {

    @TempDir
    Path root;

    @Test
    void namesInsideResolveToTheirRealFile() throws Exception {
        Path folder = Files.createDirectories(root.resolve("model/shards"));
        Path shard = Files.writeString(folder.resolve("a.bin"), "w");
        assertEquals(shard.toRealPath(), ContainedPaths.resolve(folder, "./sub/../a.bin", ErrorCode.INVALID_MODEL, "s"));
        assertEquals(folder.resolve("missing.bin"), ContainedPaths.resolve(folder, "missing.bin", ErrorCode.INVALID_MODEL,
                "s"), "a missing file is the caller's to report");
        Files.createSymbolicLink(folder.resolve("alias.bin"), shard);
        assertEquals(shard.toRealPath(), ContainedPaths.resolve(folder, "alias.bin", ErrorCode.INVALID_MODEL, "s"));
    }

    @Test
    void absoluteClimbingLinkedAndSpecialNamesAreRefused() throws Exception {
        Path folder = Files.createDirectories(root.resolve("model"));
        Path secret = Files.writeString(root.resolve("secret"), "x");
        Files.createSymbolicLink(folder.resolve("link"), secret);
        Files.createSymbolicLink(folder.resolve("dirlink"), root);
        assertEquals(0, new ProcessBuilder("mkfifo", folder.resolve("fifo").toString()).start().waitFor());
        for (String name : new String[] {secret.toString(), "../secret", "a/../../secret", "link", "dirlink/secret",
                "fifo", "/etc/passwd"}) {
            TensorscopeException e = assertThrows(TensorscopeException.class,
                    () -> ContainedPaths.resolve(folder, name, ErrorCode.INVALID_MODEL, "weight shard"), name);
            assertEquals(ErrorCode.INVALID_MODEL, e.code(), name);
            assertTrue(e.getMessage().startsWith("weight shard "), e.getMessage());
        }
    }
}
