package io.tensorscope.profiler.ceilings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheSizesTest {

    private static void cache(Path root, int index, int level, String type, String size) throws Exception {
        Path dir = Files.createDirectories(root.resolve("index" + index));
        Files.writeString(dir.resolve("level"), level + "\n");
        Files.writeString(dir.resolve("type"), type + "\n");
        Files.writeString(dir.resolve("size"), size + "\n");
    }

    @Test
    void readsDataCachesFromSysfsAndSkipsInstructionCaches(@TempDir Path root) throws Exception {
        cache(root, 0, 1, "Data", "48K");
        cache(root, 1, 1, "Instruction", "32K");
        cache(root, 2, 2, "Unified", "1280K");
        cache(root, 3, 3, "Unified", "48M");
        CacheSizes sizes = CacheSizes.detect(root);
        assertEquals(new CacheSizes(48L << 10, 1280L << 10, 48L << 20, true), sizes);
        assertEquals(96L << 10, sizes.capacityBytes(MemoryLevel.L1, 2), "private L1s add up");
        assertEquals(48L << 20, sizes.capacityBytes(MemoryLevel.L3, 2), "L3 is shared");
    }

    @Test
    void assumesTypicalSizesWithoutSysfs(@TempDir Path root) {
        CacheSizes sizes = CacheSizes.detect(root.resolve("absent"));
        assertFalse(sizes.detected());
        assertTrue(sizes.l1Bytes() > 0 && sizes.l2Bytes() > sizes.l1Bytes());
    }

    @Test
    void parsesSysfsSizeUnits() {
        assertEquals(49152, CacheSizes.parseSize("48K"));
        assertEquals(3L << 20, CacheSizes.parseSize("3M"));
        assertEquals(512, CacheSizes.parseSize("512"));
    }
}
