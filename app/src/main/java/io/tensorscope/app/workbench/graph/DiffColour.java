package io.tensorscope.app.workbench.graph;

import io.tensorscope.engine.diff.NodeChange;
import javafx.scene.paint.Color;

/** The fill of a node when the graph is coloured by a diff: added green, changed amber, unchanged (or unknown) grey. */
final class DiffColour {

    private static final Color ADDED = Color.web("#15803d");
    private static final Color CHANGED = Color.web("#b45309");
    private static final Color UNCHANGED = Color.web("#94a3b8");

    private DiffColour() {
    }

    /** @return the fill for {@code change}; null (a node the diff does not name) draws as unchanged */
    static Color of(NodeChange change) {
        if (change == NodeChange.ADDED) {
            return ADDED;
        }
        return change == NodeChange.CHANGED ? CHANGED : UNCHANGED;
    }
}
