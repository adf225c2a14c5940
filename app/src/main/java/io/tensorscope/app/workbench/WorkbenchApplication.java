package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The Tensorscope workbench window. Started by {@code tensorscope} without arguments. */
public final class WorkbenchApplication extends Application {

    /** Default window width, pixels. */
    public static final double WIDTH = 1400;
    /** Default window height, pixels. */
    public static final double HEIGHT = 900;

    @Override
    public void start(Stage stage) {
        WorkbenchViewModel viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor());
        stage.setTitle("Tensorscope");
        stage.setScene(scene(new MainWindow(viewModel)));
        stage.show();
    }

    /** @return a scene for the window with the workbench style sheet */
    public static Scene scene(MainWindow window) {
        Scene scene = new Scene(window, WIDTH, HEIGHT);
        scene.getStylesheets().add(WorkbenchApplication.class.getResource("workbench.css").toExternalForm());
        return scene;
    }
}
