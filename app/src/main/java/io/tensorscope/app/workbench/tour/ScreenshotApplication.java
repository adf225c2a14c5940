package io.tensorscope.app.workbench.tour;

import io.tensorscope.app.workbench.WorkbenchApplication;
import io.tensorscope.app.workbench.WorkbenchView;
import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code tensorscope screenshots}: the workbench in a real window taking the {@link ScreenshotTour}, writing into the
 * folder named by the system property {@value #FOLDER_PROPERTY}, then closing. A failed step is printed in one line
 * and the window closes with what was shot so far.
 */
public final class ScreenshotApplication extends Application {

    /** System property naming the folder the pictures go to. */
    public static final String FOLDER_PROPERTY = "tensorscope.tour.folder";
    /** System property set to the failure, if any, once the tour ends. */
    public static final String FAILURE_PROPERTY = "tensorscope.tour.failure";

    @Override
    public void start(Stage stage) {
        WorkbenchViewModel viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor());
        WorkbenchView view = new WorkbenchView(viewModel);
        stage.setScene(WorkbenchApplication.createScene(view));
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.show();
        Path folder = Path.of(System.getProperty(FOLDER_PROPERTY, "."));
        ScreenshotTour tour = new ScreenshotTour(stage, viewModel, view, folder, reason -> {
            System.setProperty(FAILURE_PROPERTY, reason);
            Platform.exit();
        });
        tour.start(() -> {
            tour.written().forEach(file -> System.out.println("wrote " + file));
            Platform.exit();
        });
    }
}
