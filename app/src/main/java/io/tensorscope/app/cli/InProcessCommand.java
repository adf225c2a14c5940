package io.tensorscope.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs one of our commands in this JVM, as the benchmarks time them: a fresh command line each time, parsing included. */
final class InProcessCommand {

    private InProcessCommand() {
    }

    /**
     * @param command a new instance of the command ({@code new ReportCommand()})
     * @return what it printed on standard output
     * @throws IllegalStateException when it exits with another code than 0, with what it printed
     */
    static String run(Object command, String... args) {
        CliErrors errors = new CliErrors();
        CommandLine cli = new CommandLine(command).setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        if (exit != 0) {
            throw new IllegalStateException(cli.getCommandName() + " " + String.join(" ", args) + ": exit " + exit + ": "
                    + err);
        }
        return out.toString();
    }
}
