package io.tensorscope.app;

import io.tensorscope.app.cli.BenchCommand;
import io.tensorscope.app.cli.CeilingsCommand;
import io.tensorscope.app.cli.CliErrors;
import io.tensorscope.app.cli.CompareCommand;
import io.tensorscope.app.cli.DatasetsCommand;
import io.tensorscope.app.cli.DiffCommand;
import io.tensorscope.app.cli.DistilCommand;
import io.tensorscope.app.cli.EvaluateCommand;
import io.tensorscope.app.cli.ExperimentsCommand;
import io.tensorscope.app.cli.FinetuneCommand;
import io.tensorscope.app.cli.InspectCommand;
import io.tensorscope.app.cli.ModelsCommand;
import io.tensorscope.app.cli.OptimizeCommand;
import io.tensorscope.app.cli.PassesCommand;
import io.tensorscope.app.cli.ProfileCommand;
import io.tensorscope.app.cli.PruneCommand;
import io.tensorscope.app.cli.QuantizeCommand;
import io.tensorscope.app.cli.ReportCommand;
import io.tensorscope.app.cli.SensitivityCommand;
import io.tensorscope.app.cli.TrainCommand;
import io.tensorscope.app.workbench.WorkbenchApplication;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.Versions;
import io.tensorscope.engine.io.StaleTemporaries;
import javafx.application.Application;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code tensorscope} opens the workbench; {@code tensorscope COMMAND …} runs headless. */
@Command(name = "tensorscope", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Tensorscope " + Versions.TENSORSCOPE,
        description = "Profile, compress and compare deep-learning models. Without a command, opens the workbench.",
        subcommands = {ModelsCommand.class, DatasetsCommand.class, InspectCommand.class, CeilingsCommand.class,
                ProfileCommand.class, PassesCommand.class, OptimizeCommand.class, QuantizeCommand.class,
                PruneCommand.class, SensitivityCommand.class, DistilCommand.class, FinetuneCommand.class,
                TrainCommand.class,
                EvaluateCommand.class, CompareCommand.class, ReportCommand.class, DiffCommand.class, ExperimentsCommand.class,
                BenchCommand.class, ScreenshotsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    /**
     * Opens the workbench.
     *
     * @throws TensorscopeException {@code DEVICE_UNAVAILABLE} (exit 3) when there is no display or no GTK 3
     */
    @Override
    public Integer call() throws TensorscopeException {
        Optional<String> problem = DesktopCheck.problem(System.getenv(), DesktopCheck.SYSTEM_LIBRARY_FOLDERS);
        if (problem.isPresent()) {
            throw new TensorscopeException(ErrorCode.DEVICE_UNAVAILABLE, problem.get());
        }
        Application.launch(WorkbenchApplication.class);
        return 0;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", "true");
        StaleTemporaries.sweep(Path.of(System.getProperty("java.io.tmpdir")), Instant.now());
        System.exit(commandLine().execute(args));
    }

    /** @return the configured command line, for tests that capture output and exit codes */
    public static CommandLine commandLine() {
        CliErrors errors = new CliErrors();
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
