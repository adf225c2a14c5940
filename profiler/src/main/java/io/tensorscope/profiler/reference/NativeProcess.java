package io.tensorscope.profiler.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external command to completion or a time limit. Output (stdout and stderr together) goes to a file,
 * so a chatty command can never block on a full pipe; a command past its limit is destroyed.
 */
public final class NativeProcess {

    /** How a command ended. */
    public enum Outcome {
        /** Exited with status 0. */
        SUCCEEDED,
        /** Exited with another status. */
        FAILED,
        /** Ran past its time limit and was destroyed. */
        TIMED_OUT,
        /** Could not be started, e.g. the program is not on the PATH. */
        NOT_STARTED
    }

    /**
     * @param outcome how the command ended
     * @param output  what it printed, or why it could not be started
     */
    public record Result(Outcome outcome, String output) {

        /** @return true when the command exited with status 0 */
        public boolean succeeded() {
            return outcome == Outcome.SUCCEEDED;
        }

        /** @return the first line of the output, to quote in a note */
        public String firstLine() {
            return output.strip().lines().findFirst().orElse("");
        }
    }

    private static final Duration DESTROY_GRACE = Duration.ofSeconds(5);

    private NativeProcess() {
    }

    /**
     * @param command     program and arguments
     * @param environment variables added to this process's environment
     * @param folder      working folder; also receives the output file
     * @param limit       time limit
     * @return how it ended; never throws for a missing program
     * @throws IOException          if the output file cannot be written or read
     * @throws InterruptedException if interrupted while waiting; the command is then destroyed
     */
    public static Result run(List<String> command, Map<String, String> environment, Path folder, Duration limit)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "process", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Result(Outcome.NOT_STARTED, e.getMessage());
        }
        boolean exited;
        try {
            exited = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        if (!exited) {
            process.destroyForcibly().waitFor(DESTROY_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            return new Result(Outcome.TIMED_OUT, "no answer within " + limit.toSeconds() + " s");
        }
        String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        return new Result(process.exitValue() == 0 ? Outcome.SUCCEEDED : Outcome.FAILED, output);
    }
}
