package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.Printable;
import io.tensorscope.engine.TensorscopeException;
import picocli.CommandLine;

/**
 * Maps failures to one line on standard error and the exit codes of DESIGN.md: 0 ok, 1 internal
 * error, 2 user error, 3 resource error. A user mistake never prints a stack trace; an internal
 * error prints one only with {@code TENSORSCOPE_DEBUG=1}. Control characters in a message (a name or label read from a
 * hostile file) are escaped, so nothing read from a file can drive the terminal or break the line.
 */
public final class CliErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (e instanceof TensorscopeException te) {
            cmd.getErr().println("tensorscope: " + Printable.escaped(te.getMessage()));
            return te.code().exitCode();
        }
        if (System.getenv("TENSORSCOPE_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().println("tensorscope: internal error: " + Printable.escaped(String.valueOf(e)) + " (set TENSORSCOPE_DEBUG=1 for details)");
        return ErrorCode.INTERNAL.exitCode();
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("tensorscope: " + Printable.escaped(e.getMessage()) + " (see 'tensorscope "
                + cmd.getCommandName().replace("tensorscope", "").trim() + " --help')");
        return ErrorCode.BAD_ARGUMENT.exitCode();
    }

    /** Wraps {@link OutOfMemoryError} as a resource error so it gets exit code 3 and one line. */
    public static TensorscopeException outOfMemory(OutOfMemoryError e) {
        return new TensorscopeException(ErrorCode.OUT_OF_MEMORY,
                "out of memory: raise the heap with TENSORSCOPE_JAVA_OPTS=-Xmx… or use smaller inputs", e);
    }
}
