package io.tensorscope.app;

import io.tensorscope.app.workbench.tour.ScreenshotApplication;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tensorscope screenshots [-o FOLDER]}: opens the workbench in a real window (a display is needed: run it under
 * {@code xvfb-run} on a server), walks through the bundled models' views and writes each at 1920×1080 and 1024×700.
 */
@Command(name = "screenshots", description = "Open the workbench in a real window, walk through its views (layers "
        + "and graph, profile, compress, history) on the bundled models, and write each at 1920x1080 and 1024x700 as "
        + "PNG; needs a display (use xvfb-run on a server).")
public final class ScreenshotsCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FOLDER", defaultValue = "docs/screenshots",
            description = "Where the pictures go (default ${DEFAULT-VALUE}); created when missing.")
    private Path folder;

    @Override
    public Integer call() throws TensorscopeException {
        Optional<String> problem = DesktopCheck.problem(System.getenv(), DesktopCheck.SYSTEM_LIBRARY_FOLDERS);
        if (problem.isPresent()) {
            throw new TensorscopeException(ErrorCode.DEVICE_UNAVAILABLE, problem.get() + " (on a server: xvfb-run "
                    + "./tensorscope screenshots)");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "cannot create " + folder + ": " + e.getMessage());
        }
        System.setProperty(ScreenshotApplication.FOLDER_PROPERTY, folder.toAbsolutePath().toString());
        Application.launch(ScreenshotApplication.class);
        String failure = System.getProperty(ScreenshotApplication.FAILURE_PROPERTY);
        if (failure != null) {
            throw new TensorscopeException(ErrorCode.INTERNAL, failure);
        }
        return 0;
    }
}
