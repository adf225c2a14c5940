package io.tensorscope.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.PeakMemory;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's CSV with a huge cell is evaluated in the time and memory of a short one, or refused past the CSV cap. */
class LongTextEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void aCellOfFifteenMegabytesIsEvaluatedAndOneOfFiftyIsRefused() throws Exception {
        Model minilm = new ModelSource().open("minilm", ProgressListener.NONE);
        Path fifteen = csv("fifteen.csv", 15);
        PeakMemory.reset();
        long before = PeakMemory.residentMib();
        long start = System.nanoTime();
        Evaluation scored = DatasetEvaluator.evaluate(minilm, null, fifteen.toString(), 0, 2, ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        long grownMib = PeakMemory.peakMib() - before;
        System.out.printf("15 MB cell evaluated in %.1f s, peak resident +%d MiB%n", seconds, grownMib);
        assertEquals(4, scored.samples());
        assertTrue(seconds < 60, seconds + " s");
        assertTrue(grownMib < 1024, "peak resident size grew by " + grownMib + " MiB");

        Path fifty = csv("fifty.csv", 50);
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> DatasetEvaluator.evaluate(minilm, null, fifty.toString(), 0, 2, ProgressListener.NONE));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertTrue(e.getMessage().startsWith(fifty + " line 6: a record longer than 16777216 characters")
                && e.getMessage().length() < fifty.toString().length() + 300 && !e.getMessage().contains("\n"), e.getMessage());
    }

    /** @return 4 ham and 4 spam texts, the fifth row's {@code megabytes} long */
    private Path csv(String name, int megabytes) throws Exception {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("text,label\nLunch at noon?,ham\nThe meeting moved to Friday.,ham\nPatch attached for review.,ham\n"
                    + "See you at the station.,ham\n\"");
            String block = "Win a free prize now, click here! ".repeat(1 << 15);
            for (long written = 0; written < megabytes * 1_000_000L; written += block.length()) {
                out.write(block);
            }
            out.write("\",spam\nCheap pills online,spam\nYou won the lottery,spam\nClaim your reward today,spam\n");
        }
        return file;
    }
}
