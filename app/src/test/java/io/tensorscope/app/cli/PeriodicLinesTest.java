package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress off a terminal: nothing for short work, then one line per interval with elapsed time and an estimate. */
class PeriodicLinesTest {

    @Test
    void linesComeAtMostOncePerIntervalWithElapsedTimeAndAnEstimate() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = {0};
        var lines = new ConsoleProgress.PeriodicLines("mnist-cnn sensitivity", new PrintStream(bytes, true,
                StandardCharsets.UTF_8), () -> now[0]);
        lines.onProgress(0.1, "original");
        now[0] = 9_000_000_000L;
        lines.onProgress(0.2, "conv2d_1 at 0.5");
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "nothing in the first 10 s");
        now[0] = 10_000_000_000L;
        lines.onProgress(0.25, "conv2d_2 at 0.5");
        now[0] = 15_000_000_000L;
        lines.onProgress(0.4, "dense_1 at 0.5");
        now[0] = 20_000_000_000L;
        lines.onProgress(0.5, "dense_2 at 0.5");
        now[0] = 30_000_000_000L;
        lines.onProgress(-1, "epoch 1/2 done");
        assertEquals("mnist-cnn sensitivity: 25 % (0:10 elapsed, about 0:30 left): conv2d_2 at 0.5\n"
                + "mnist-cnn sensitivity: 50 % (0:20 elapsed, about 0:20 left): dense_2 at 0.5\n"
                + "mnist-cnn sensitivity: 50 % (0:30 elapsed, about 0:30 left): epoch 1/2 done\n",
                bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
