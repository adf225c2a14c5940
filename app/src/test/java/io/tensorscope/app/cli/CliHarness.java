package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process, capturing standard output and error, and checks the error contract. */
final class CliHarness {

    /** What the commands printed on standard output. */
    final StringWriter out = new StringWriter();
    /** What the commands printed on standard error. */
    final StringWriter err = new StringWriter();

    /** @return the exit code of {@code tensorscope args...} */
    int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /**
     * Asserts the exit code and a one-line {@code tensorscope: ...} error without exception names, then clears it.
     *
     * @return the error line
     */
    String assertOneLineError(int expectedExit, int exit) {
        assertEquals(expectedExit, exit, err.toString());
        String text = err.toString().strip();
        assertTrue(text.startsWith("tensorscope: "), text);
        assertFalse(text.contains("\n"), "one line only: " + text);
        assertFalse(text.contains("Exception"), "no stack trace or exception name: " + text);
        err.getBuffer().setLength(0);
        return text;
    }
}
