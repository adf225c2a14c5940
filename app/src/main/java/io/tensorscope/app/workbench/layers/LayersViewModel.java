package io.tensorscope.app.workbench.layers;

import io.tensorscope.app.workbench.shared.InputSizesText;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.task.BackgroundTask;
import io.tensorscope.app.workbench.task.RunState;
import io.tensorscope.app.workbench.task.TaskExecutor;
import io.tensorscope.app.workbench.task.TaskHandle;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.diff.NodeDiff;
import io.tensorscope.profiler.timing.NodeTiming;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * View-model of the layer table: every node of the current model with its cost at the input sizes shown, a filter on
 * name / op type, and the selected node (shared with the graph view through {@link #selectedIndexProperty()}). The
 * sizes follow the profile whose timings are shown — FLOPs and µs always come from the same sizes — and can be set
 * here too ({@link #inputSizesProperty()}, {@link #applyInputSizes()}); timings measured at other sizes are then
 * hidden, with {@link #timingsNoteProperty()} saying so. {@link #analysisProperty()} is what the summary shows.
 */
public final class LayersViewModel {

    /** Value of {@link #selectedIndexProperty()} when nothing is selected. */
    public static final int NONE = -1;

    private final TaskExecutor executor;
    private final TaskStatus status;
    private final ObservableList<LayerRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<LayerRow> rows = new FilteredList<>(allRows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(NONE);
    private final StringProperty inputSizes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper inputSizesError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper inputSizesPrompt = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Map<String, NodeDiff>> diff = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper timingsNote = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ModelAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private Model model;
    private List<NodeTiming> timings;
    private ModelAnalysis timingsAnalysis;
    private TaskHandle analysing = TaskHandle.DONE;

    /**
     * @param executor runs the analysis at other input sizes
     * @param status   the status bar, which shows that analysis
     */
    public LayersViewModel(TaskExecutor executor, TaskStatus status) {
        this.executor = executor;
        this.status = status;
        filter.addListener((obs, old, now) -> {
            String needle = now == null ? "" : now.trim().toLowerCase(Locale.ROOT);
            rows.setPredicate(row -> row.matches(needle));
        });
        inputSizes.addListener((obs, old, text) -> inputSizesError.set(InputSizesText.error(text)));
    }

    /**
     * Shows {@code loaded} at its default sizes: one row per node, in graph order, no timings, no selection; the
     * input-sizes prompt names the model's own inputs.
     */
    public void show(LoadedModel loaded) {
        analysing.cancel();
        model = loaded.model();
        timings = null;
        timingsAnalysis = null;
        diff.set(null);
        selectedIndex.set(NONE);
        inputSizesPrompt.set(InputSizesText.of(loaded.analysis().summary().inputs()));
        inputSizes.set("");
        showAnalysis(loaded.analysis());
    }

    /**
     * Shows the attributed time of each node (matched by index) in the timing columns, or blanks them for null; the
     * table switches to {@code measuredAt}, the analysis at the sizes they were measured at, and the input-sizes field
     * to those sizes; the selection is kept.
     *
     * @param measuredAt the analysis the timings belong to, or null (with null timings)
     */
    public void showTimings(List<NodeTiming> nodeTimings, ModelAnalysis measuredAt) {
        timings = nodeTimings;
        timingsAnalysis = measuredAt;
        if (measuredAt == null) {
            refreshRows();
            return;
        }
        analysing.cancel();
        String sizes = InputSizesText.of(measuredAt.summary().inputs());
        inputSizes.set(sizes.equals(inputSizesPrompt.get()) ? "" : sizes);
        showAnalysis(sameSizes(measuredAt, analysis.get()) ? analysis.get() : measuredAt);
    }

    /**
     * Analyses the model at the sizes typed in {@link #inputSizesProperty()} in the background and shows that; the
     * timings stay only if they were measured at those sizes. Does nothing while the sizes do not parse.
     */
    public void applyInputSizes() {
        if (model == null || inputSizesError.get() != null) {
            return;
        }
        Model analysed = model;
        String text = inputSizes.get();
        analysing.cancel();
        analysing = status.run(executor, BackgroundTask.<ModelAnalysis>of("Analysing " + analysed.name() + " at "
                        + (text.isBlank() ? "the default sizes" : text.trim()),
                        p -> ModelAnalyzer.analyze(analysed, InputSizesText.parse(text), p))
                .onSuccess(result -> {
                    if (analysed == model) {
                        showAnalysis(result);
                    }
                })
                .onFailure(error -> inputSizesError.set(RunState.oneLine(error))));
    }

    private void showAnalysis(ModelAnalysis shown) {
        analysis.set(shown);
        refreshRows();
    }

    private static boolean sameSizes(ModelAnalysis a, ModelAnalysis b) {
        return a != null && b != null && a.summary().inputs().equals(b.summary().inputs());
    }

    /** Rows from the shown analysis, with the timings when they were measured at its sizes; the selection kept. */
    private void refreshRows() {
        ModelAnalysis shown = analysis.get();
        if (shown == null) {
            return;
        }
        boolean timed = timings != null && sameSizes(timingsAnalysis, shown);
        timingsNote.set(timings == null || timed ? null : "µs hidden: the profile shown was measured at "
                + InputSizesText.of(timingsAnalysis.summary().inputs()));
        NodeTiming[] byIndex = new NodeTiming[shown.nodes().size()];
        if (timed) {
            timings.stream().filter(t -> t.index() >= 0 && t.index() < byIndex.length).forEach(t -> byIndex[t.index()] = t);
        }
        int selected = selectedIndex.get();
        allRows.setAll(shown.nodes().stream().map(cost -> new LayerRow(cost, byIndex[cost.index()])).toList());
        if (selected != NONE) {
            selectedIndex.set(NONE);
            selectedIndex.set(selected);
        }
    }

    /**
     * Selects the first row that passes the filter and whose node name or op type contains {@code text}, ignoring
     * case; blank text changes nothing.
     *
     * @return whether a row matches
     */
    public boolean find(String text) {
        return findAfter(text, NONE);
    }

    /**
     * Selects the next such row after the selected one, starting over at the top after the last.
     *
     * @return whether a row matches
     */
    public boolean findNext(String text) {
        return findAfter(text, selectedIndex.get());
    }

    private boolean findAfter(String text, int afterIndex) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return false;
        }
        List<LayerRow> matches = rows.stream().filter(row -> row.matches(needle)).toList();
        Optional<LayerRow> next = matches.stream().filter(row -> row.index() > afterIndex).findFirst()
                .or(() -> matches.stream().findFirst());
        next.ifPresent(row -> selectedIndex.set(row.index()));
        return next.isPresent();
    }

    /** @return the rows that pass the filter, in graph order */
    public ObservableList<LayerRow> rows() {
        return rows;
    }

    /** @return the row of node {@code index}, if the model has such a node */
    public Optional<LayerRow> row(int index) {
        return index >= 0 && index < allRows.size() ? Optional.of(allRows.get(index))
                : Optional.empty();
    }

    /** @return text matched, ignoring case, against node names and op types */
    public StringProperty filterProperty() {
        return filter;
    }

    /** @return index of the selected node in the graph's node list, or {@link #NONE} */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** @return input sizes as {@code NAME=D1xD2…} separated by spaces or semicolons; blank for the defaults */
    public StringProperty inputSizesProperty() {
        return inputSizes;
    }

    /** @return why the input sizes do not parse (or the analysis at them failed), one line, or null */
    public ReadOnlyStringProperty inputSizesErrorProperty() {
        return inputSizesError.getReadOnlyProperty();
    }

    /** @return the model's inputs at their default sizes, e.g. {@code input_ids=1x128 attention_mask=1x128} */
    public ReadOnlyStringProperty inputSizesPromptProperty() {
        return inputSizesPrompt.getReadOnlyProperty();
    }

    /** @return why the timing columns are blank though a profile is shown (measured at other sizes), or null */
    public ReadOnlyStringProperty timingsNoteProperty() {
        return timingsNote.getReadOnlyProperty();
    }

    /**
     * @return what a diff says of each node of the model shown, by node name (the Change and Before columns), or null
     * when no diff is shown; cleared when another model is shown
     */
    public ObjectProperty<Map<String, NodeDiff>> diffProperty() {
        return diff;
    }

    /** @return the analysis the rows show (its sizes'), null before a model is shown */
    public ReadOnlyObjectProperty<ModelAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }
}
