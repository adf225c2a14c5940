package io.tensorscope.app.workbench.layers;

import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.profiler.timing.NodeTiming;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * View-model of the layer table: every node of the current model, a filter on name / op type, and the
 * selected node (shared with the graph view through {@link #selectedIndexProperty()}).
 */
public final class LayersViewModel {

    /** Value of {@link #selectedIndexProperty()} when nothing is selected. */
    public static final int NONE = -1;

    private final ObservableList<LayerRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<LayerRow> rows = new FilteredList<>(allRows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(NONE);

    /** Creates an empty table model. */
    public LayersViewModel() {
        filter.addListener((obs, old, now) -> {
            String needle = now == null ? "" : now.trim().toLowerCase(Locale.ROOT);
            rows.setPredicate(row -> row.matches(needle));
        });
    }

    /** Replaces the rows with one per node, in graph order, and clears the selection. */
    public void show(List<NodeCost> nodes) {
        selectedIndex.set(NONE);
        allRows.setAll(nodes.stream().map(LayerRow::new).toList());
    }

    /**
     * Shows the attributed time of each node (matched by index) in the timing columns, or blanks them for
     * null; the selection is kept.
     */
    public void showTimings(List<NodeTiming> timings) {
        NodeTiming[] byIndex = new NodeTiming[allRows.size()];
        if (timings != null) {
            timings.stream().filter(t -> t.index() >= 0 && t.index() < byIndex.length).forEach(t -> byIndex[t.index()] = t);
        }
        int selected = selectedIndex.get();
        List<LayerRow> updated = allRows.stream().map(row -> row.withTiming(byIndex[row.index()])).toList();
        allRows.setAll(updated);
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
}
