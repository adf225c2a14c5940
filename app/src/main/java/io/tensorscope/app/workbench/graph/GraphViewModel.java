package io.tensorscope.app.workbench.graph;

import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.TaskHandle;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.profiler.layout.GraphLayout;
import io.tensorscope.profiler.layout.LayoutCache;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * View-model of the graph view: the current layout (computed in the background, cached per graph), the
 * selected node (shared with the layer table) and whether a layout is running.
 */
public final class GraphViewModel {

    private final TaskExecutor executor;
    private final TaskStatus status;
    private final LayoutCache cache;
    private final ObjectProperty<GraphLayout> layout = new SimpleObjectProperty<>();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final BooleanProperty layoutRunning = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty();
    private final ObjectProperty<double[]> timeShares = new SimpleObjectProperty<>();
    private final BooleanProperty colourByTime = new SimpleBooleanProperty(false);
    private TaskHandle running = TaskHandle.DONE;

    /**
     * @param executor runs the layout
     * @param status   shows its progress
     * @param cache    layouts already computed
     */
    public GraphViewModel(TaskExecutor executor, TaskStatus status, LayoutCache cache) {
        this.executor = executor;
        this.status = status;
        this.cache = cache;
        timeShares.addListener((obs, old, shares) -> {
            if (shares == null) {
                colourByTime.set(false);
            }
        });
    }

    /** Clears the drawing and lays {@code nodes} out in the background; a layout still running is cancelled. */
    public void layOut(List<NodeCost> nodes) {
        running.cancel();
        layout.set(null);
        error.set(null);
        layoutRunning.set(true);
        BackgroundTask<GraphLayout> task = BackgroundTask.of("Laying out graph",
                        progress -> cache.layout(nodes, progress))
                .onSuccess(result -> {
                    layoutRunning.set(false);
                    layout.set(result);
                })
                .onFailure(failure -> {
                    layoutRunning.set(false);
                    error.set("graph layout failed: " + failure.getMessage());
                })
                .onCancelled(() -> layoutRunning.set(false));
        running = status.run(executor, task);
    }

    /** @return the layout of the current model, null while none is ready */
    public ReadOnlyObjectProperty<GraphLayout> layoutProperty() {
        return layout;
    }

    /** @return index of the selected node, -1 for none */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** Selects the node under a point in graph coordinates; does nothing when no node is there. */
    public void selectAt(double graphX, double graphY) {
        GraphLayout current = layout.get();
        if (current != null) {
            int hit = current.nodeAt(graphX, graphY);
            if (hit >= 0) {
                selectedIndex.set(hit);
            }
        }
    }

    /**
     * @return each node's share of the profiled time (0..1, by node index), or null while the model has no
     * profile; setting null also turns {@link #colourByTimeProperty()} off
     */
    public ObjectProperty<double[]> timeSharesProperty() {
        return timeShares;
    }

    /** @return whether nodes are drawn in heat colours by time share rather than by op family */
    public BooleanProperty colourByTimeProperty() {
        return colourByTime;
    }

    /** @return true while a layout runs */
    public ReadOnlyBooleanProperty layoutRunningProperty() {
        return layoutRunning;
    }

    /** @return why the last layout failed, or null */
    public StringProperty errorProperty() {
        return error;
    }
}
