package io.tensorscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.assets.AssetException;
import io.tensorscope.assets.AssetFile;
import io.tensorscope.assets.AssetKind;
import io.tensorscope.assets.AssetStore;
import io.tensorscope.assets.BundledAsset;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundled file edited in place, its size and modification time put back, is checked again and refused. */
class AssetTamperingTest {

    @TempDir
    Path dir;

    @Test
    void anInPlaceEditWithSizeAndTimeRestoredIsCaught() throws Exception {
        Path classes = dir.resolve("classes");
        Path file = classes.resolve("tensorscope/assets/toy/data.bin");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1, 2, 3, 4});
        String sha = AssetStore.sha256Of(file);
        BundledAsset toy = new BundledAsset("toy", AssetKind.DATASET, "toy", "test", "bin", "data.bin", "none", "test",
                "", "", 1, List.of(new AssetFile("data.bin", sha)));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            AssetStore store = new AssetStore(dir.resolve("cache"), loader);
            assertEquals(file.getParent(), store.materialize(toy), "used in place, verified");
            FileTime time = Files.getLastModifiedTime(file);
            Files.write(file, new byte[] {9, 2, 3, 4});
            Files.setLastModifiedTime(file, time);
            AssetException e = assertThrows(AssetException.class, () -> store.materialize(toy));
            assertTrue(e.getMessage().contains("has SHA-256") && e.getMessage().contains("expected " + sha),
                    e.getMessage());
        }
    }
}
