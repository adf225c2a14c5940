package io.tensorscope.app.workbench.graph;

import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.engine.diff.NodeChange;
import io.tensorscope.app.workbench.shared.ShapeText;
import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.TaskHandle;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.profiler.layout.BoxKind;
import io.tensorscope.profiler.layout.GraphLayout;
import io.tensorscope.profiler.layout.LayoutCache;
import io.tensorscope.profiler.layout.LayoutRequest;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Set;

/**
 * View-model of the graph view: the current layout (computed in the background, cached per graph and choice of hidden
 * nodes), the selected node (shared with the layer table), whether constants are hidden, the search over node names
 * and op types, and whether a layout is running.
 */
public final class GraphViewModel {

    /** Constants hide by default when they are more than this fraction of a model's nodes. */
    public static final double HIDE_CONSTANTS_ABOVE_FRACTION = 0.2;

    private final TaskExecutor executor;
    private final TaskStatus status;
    private final LayoutCache cache;
    private final ObjectProperty<GraphLayout> layout = new SimpleObjectProperty<>();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final BooleanProperty layoutRunning = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty();
    private final ObjectProperty<double[]> timeShares = new SimpleObjectProperty<>();
    private final BooleanProperty colourByTime = new SimpleBooleanProperty(false);
    private final ObjectProperty<NodeChange[]> diffChanges = new SimpleObjectProperty<>();
    private final BooleanProperty colourByDiff = new SimpleBooleanProperty(false);
    private final BooleanProperty hideConstants = new SimpleBooleanProperty(false);
    private final GraphSearch search;
    private LoadedModel shown;
    private Set<Integer> constants = Set.of();
    private boolean changingModel;
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
        this.search = new GraphSearch(this);
        timeShares.addListener((obs, old, shares) -> {
            if (shares == null) {
                colourByTime.set(false);
            }
        });
        diffChanges.addListener((obs, old, changes) -> colourByDiff.set(changes != null));
        colourByDiff.addListener((obs, old, on) -> {
            if (on) {
                colourByTime.set(false);
            }
        });
        colourByTime.addListener((obs, old, on) -> {
            if (on) {
                colourByDiff.set(false);
            }
        });
        hideConstants.addListener(o -> {
            if (!changingModel && shown != null) {
                relayOut();
            }
        });
    }

    /**
     * Clears the drawing and lays {@code loaded}'s graph out in the background, with its inputs and outputs as terminal
     * boxes; constants are hidden when they are more than {@value #HIDE_CONSTANTS_ABOVE_FRACTION} of the nodes. A
     * layout still running is cancelled.
     */
    public void layOut(LoadedModel loaded) {
        diffChanges.set(null);
        shown = loaded;
        constants = ConstantNodes.of(loaded.analysis().nodes(), loaded.model().index());
        changingModel = true;
        hideConstants.set(constants.size() > HIDE_CONSTANTS_ABOVE_FRACTION * loaded.analysis().nodes().size());
        changingModel = false;
        relayOut();
    }

    private void relayOut() {
        running.cancel();
        layout.set(null);
        error.set(null);
        layoutRunning.set(true);
        LayoutRequest request = new LayoutRequest(shown.analysis().nodes(), List.copyOf(shown.model().index().inputs()),
                List.copyOf(shown.model().index().outputs()), hideConstants.get() ? constants : Set.of());
        BackgroundTask<GraphLayout> task = BackgroundTask.of("Laying out graph", progress -> cache.layout(request, progress))
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

    /** Selects the node under a point in graph coordinates; does nothing when no node (or an input or output) is there. */
    public void selectAt(double graphX, double graphY) {
        GraphLayout current = layout.get();
        if (current != null) {
            int hit = current.boxAt(graphX, graphY);
            if (hit >= 0 && current.kind(hit) == BoxKind.NODE) {
                selectedIndex.set(current.nodeIndex(hit));
            }
        }
    }

    /** @return whether Constant nodes and nodes computed from constants only are left out of the drawing */
    public BooleanProperty hideConstantsProperty() {
        return hideConstants;
    }

    /** @return how many nodes of the current model "Hide constants" leaves out */
    public int constantNodeCount() {
        return constants.size();
    }

    /** @return the model whose graph is shown, null before the first */
    LoadedModel shown() {
        return shown;
    }

    /** @return the tensor's inferred shape for an edge label, e.g. {@code 1×64×28×28}; empty when its rank is unknown */
    public String edgeLabel(String tensor) {
        if (shown == null || tensor == null) {
            return "";
        }
        Shape shape = shown.analysis().shapes().shapeOf(tensor);
        return shape.hasRank() ? ShapeText.compact(shape) : "";
    }

    /** @return text matched, ignoring case, against the drawn nodes' names and op types */
    public StringProperty searchTextProperty() {
        return search.textProperty();
    }

    /** @return the drawn nodes that match the search text, in graph order */
    public List<Integer> searchMatches() {
        return search.matches();
    }

    /** @return position of the selected match in {@link #searchMatches()}, -1 when none */
    public ReadOnlyIntegerProperty matchPositionProperty() {
        return search.positionProperty();
    }

    /** Selects the next match after the current one (wrapping to the first) and asks the view to centre it. */
    public void nextMatch() {
        search.next();
    }

    /** @return a counter that grows each time a search asks the view to centre the selected node */
    public ReadOnlyIntegerProperty centreRequestsProperty() {
        return search.centreRequestsProperty();
    }

    /**
     * @return each node's share of the profiled time (0..1, by node index), or null while the model has no
     * profile; setting null also turns {@link #colourByTimeProperty()} off
     */
    public ObjectProperty<double[]> timeSharesProperty() {
        return timeShares;
    }

    /**
     * @return what a diff against another model says of each node of the model shown (by node index: added, changed,
     * unchanged), or null when no diff is shown; cleared when another model is laid out, and setting it turns
     * {@link #colourByDiffProperty()} on
     */
    public ObjectProperty<NodeChange[]> diffChangesProperty() {
        return diffChanges;
    }

    /** @return whether nodes are drawn by what the diff says of them (exclusive with colouring by time) */
    public BooleanProperty colourByDiffProperty() {
        return colourByDiff;
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
