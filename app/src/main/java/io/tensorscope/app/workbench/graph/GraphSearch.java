package io.tensorscope.app.workbench.graph;

import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.profiler.layout.BoxKind;
import io.tensorscope.profiler.layout.GraphLayout;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The graph's search: the drawn nodes whose name or op type contains the text (ignoring case), in graph order, found
 * again for each new layout. A new text selects its first match, {@link #next()} the following one (wrapping round); each asks the view to centre the
 * node selected.
 */
final class GraphSearch {

    private final GraphViewModel graph;
    private final StringProperty text = new SimpleStringProperty("");
    private final IntegerProperty position = new SimpleIntegerProperty(-1);
    private final IntegerProperty centreRequests = new SimpleIntegerProperty();
    private List<Integer> matches = List.of();

    GraphSearch(GraphViewModel graph) {
        this.graph = graph;
        text.addListener(o -> {
            find();
            next();
        });
        graph.layoutProperty().addListener(o -> find());
    }

    private void find() {
        GraphLayout layout = graph.layoutProperty().get();
        String needle = text.get() == null ? "" : text.get().trim().toLowerCase(Locale.ROOT);
        List<Integer> found = new ArrayList<>();
        if (layout != null && !needle.isEmpty() && graph.shown() != null) {
            List<NodeCost> nodes = graph.shown().analysis().nodes();
            for (int box = 0; box < layout.boxCount(); box++) {
                if (layout.kind(box) == BoxKind.NODE && matches(nodes.get(layout.nodeIndex(box)), needle)) {
                    found.add(layout.nodeIndex(box));
                }
            }
        }
        matches = List.copyOf(found);
        position.set(-1);
    }

    private static boolean matches(NodeCost node, String needle) {
        return node.name().toLowerCase(Locale.ROOT).contains(needle)
                || node.opType().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Selects the match after the current one, the first after the last; does nothing without matches. */
    void next() {
        if (matches.isEmpty()) {
            return;
        }
        position.set((position.get() + 1) % matches.size());
        graph.selectedIndexProperty().set(matches.get(position.get()));
        centreRequests.set(centreRequests.get() + 1);
    }

    StringProperty textProperty() {
        return text;
    }

    List<Integer> matches() {
        return matches;
    }

    IntegerProperty positionProperty() {
        return position;
    }

    IntegerProperty centreRequestsProperty() {
        return centreRequests;
    }
}
