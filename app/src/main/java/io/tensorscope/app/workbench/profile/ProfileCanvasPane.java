package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.chart.ChartTheme;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * A pane holding one canvas that fills it and is redrawn when it resizes or when the shown profile or the
 * selected kernel changes: the base of the profile charts.
 */
abstract class ProfileCanvasPane extends Pane {

    /** The view-model the chart draws. */
    protected final ProfileViewModel viewModel;
    /** The drawing surface, sized to the pane. */
    protected final Canvas canvas = new Canvas();

    /**
     * @param viewModel the profiles to draw
     * @param id        the node id (for tests and CSS)
     */
    protected ProfileCanvasPane(ProfileViewModel viewModel, String id) {
        this.viewModel = viewModel;
        setId(id);
        getStyleClass().add("chart-pane");
        setMinSize(0, 0);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        getChildren().add(canvas);
        viewModel.activeProperty().addListener(o -> redraw());
        viewModel.selectedKernelProperty().addListener(o -> redraw());
        ChartTheme.follow(this, this::redraw);
    }

    /** Paints the whole canvas from the view-model's current state. */
    protected abstract void redraw();
}
