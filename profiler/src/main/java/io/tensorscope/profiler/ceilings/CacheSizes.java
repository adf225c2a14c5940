package io.tensorscope.profiler.ceilings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Data-cache capacities of one core (L1, L2) and of the chip (L3), read from Linux's
 * {@code /sys/devices/system/cpu/cpu0/cache}; typical values are assumed where that is unavailable.
 *
 * @param l1Bytes  L1 data cache per core
 * @param l2Bytes  L2 per core
 * @param l3Bytes  L3 shared (0 when the CPU has none)
 * @param detected whether the sizes were read from the system rather than assumed
 */
public record CacheSizes(long l1Bytes, long l2Bytes, long l3Bytes, boolean detected) {

    private static final Path SYSFS = Path.of("/sys/devices/system/cpu/cpu0/cache");

    /** @return this machine's cache sizes */
    public static CacheSizes detect() {
        return detect(SYSFS);
    }

    static CacheSizes detect(Path cacheDirectory) {
        long l1 = 0;
        long l2 = 0;
        long l3 = 0;
        for (int i = 0; i < 8; i++) {
            Path index = cacheDirectory.resolve("index" + i);
            try {
                String type = Files.readString(index.resolve("type")).trim();
                int level = Integer.parseInt(Files.readString(index.resolve("level")).trim());
                long size = parseSize(Files.readString(index.resolve("size")).trim());
                if ("Instruction".equals(type)) {
                    continue;
                }
                switch (level) {
                    case 1 -> l1 = size;
                    case 2 -> l2 = size;
                    case 3 -> l3 = size;
                    default -> { }
                }
            } catch (IOException | NumberFormatException e) {
                break;
            }
        }
        if (l1 == 0 || l2 == 0) {
            return new CacheSizes(32L << 10, 1L << 20, 32L << 20, false);
        }
        return new CacheSizes(l1, l2, l3, true);
    }

    /** @return bytes of a sysfs size such as {@code 48K}, {@code 1280K}, {@code 48M} */
    static long parseSize(String text) {
        String t = text.toUpperCase(Locale.ROOT);
        long unit = t.endsWith("K") ? 1L << 10 : t.endsWith("M") ? 1L << 20 : t.endsWith("G") ? 1L << 30 : 1;
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        return Long.parseLong(digits.trim()) * unit;
    }

    /**
     * @param level a cache level
     * @return its capacity in bytes available to {@code threads} threads (private levels add up), or
     * {@code Long.MAX_VALUE} for DRAM
     */
    public long capacityBytes(MemoryLevel level, int threads) {
        return switch (level) {
            case L1 -> l1Bytes * threads;
            case L2 -> l2Bytes * threads;
            case L3 -> l3Bytes;
            case DRAM -> Long.MAX_VALUE;
        };
    }
}
