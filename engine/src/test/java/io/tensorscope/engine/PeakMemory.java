package io.tensorscope.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The peak resident memory of this JVM, heap and native (a tokenizer's) alike, as Linux counts it: {@code VmHWM} of
 * {@code /proc/self/status}, reset by writing 5 to {@code /proc/self/clear_refs}. Tests that need it are skipped
 * elsewhere.
 */
public final class PeakMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakMemory() {
    }

    /** Starts a new peak at the present resident size. */
    public static void reset() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("cannot reset the peak resident size here: " + e.getMessage());
        }
    }

    /** @return the peak resident size since the last {@link #reset()} (or start), in MiB */
    public static long peakMib() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException e) {
            Assumptions.abort("no " + STATUS + ": " + e.getMessage());
        }
        Assumptions.abort("no VmHWM in " + STATUS);
        return 0;
    }

    /** @return the resident size now, in MiB */
    public static long residentMib() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException e) {
            Assumptions.abort("no " + STATUS + ": " + e.getMessage());
        }
        Assumptions.abort("no VmRSS in " + STATUS);
        return 0;
    }
}
