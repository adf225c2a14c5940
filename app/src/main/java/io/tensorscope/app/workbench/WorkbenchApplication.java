package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.chart.ChartTheme;
import io.tensorscope.app.workbench.settings.Theme;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Tensorscope workbench window. Launched by {@code tensorscope} with no arguments through
 * {@code Application.launch(WorkbenchApplication.class, args)}.
 */
public final class WorkbenchApplication extends Application {

    /** Default window width, pixels. */
    public static final double WIDTH_PX = 1400;
    /** Default window height, pixels. */
    public static final double HEIGHT_PX = 900;

    @Override
    public void start(Stage stage) {
        WorkbenchViewModel viewModel = WorkbenchViewModel.standard(new ModelSource(), new FxTaskExecutor());
        // Popups style themselves before they learn their window's theme: give the whole application the theme too.
        ObjectProperty<Theme> theme = viewModel.settings().preferences().themeProperty();
        setUserAgentStylesheet(theme.get().stylesheet());
        theme.addListener((obs, old, now) -> setUserAgentStylesheet(now.stylesheet()));
        stage.setScene(createScene(new WorkbenchView(viewModel)));
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.show();
    }

    /** @return a scene of the default size with the workbench style sheet over the preferred theme (followed live) */
    public static Scene createScene(WorkbenchView view) {
        Scene scene = new Scene(view, WIDTH_PX, HEIGHT_PX);
        ObjectProperty<Theme> theme = view.viewModel().settings().preferences().themeProperty();
        scene.userAgentStylesheetProperty().bind(Bindings.createStringBinding(() -> theme.get().stylesheet(), theme));
        ChartTheme.darkProperty().bind(theme.isEqualTo(Theme.DARK));
        scene.getStylesheets().add(WorkbenchApplication.class.getResource("workbench.css").toExternalForm());
        return scene;
    }
}
