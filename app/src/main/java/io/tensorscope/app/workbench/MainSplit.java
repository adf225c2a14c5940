package io.tensorscope.app.workbench;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import java.util.ArrayList;
import java.util.List;

/**
 * The main window's split: library | centre | side panel, where the library and the side panel come and go (View
 * menu, the window's width; the Compress tab makes room for itself) and each keeps its width for when it comes back:
 * the library its width in pixels (it does not grow with the window), the side panel its share of the width.
 */
final class MainSplit extends SplitPane {

    /** Where the library ends and the side panel begins, as fractions of the width. */
    private static final double LIBRARY_EDGE = 0.18;
    private static final double SIDE_EDGE = 0.76;

    private final Node library;
    private final Node centre;
    private final Node side;
    private final ObservableBooleanValue libraryShown;
    private final ObservableBooleanValue sideShown;
    /** The library's width when it last went, px; its edge until the split is first laid out. */
    private double libraryWidth = -1;
    private double sideEdge = SIDE_EDGE;

    /**
     * @param libraryShown whether the library is shown
     * @param sideShown    whether the side panel is shown
     */
    MainSplit(Node library, Node centre, Node side, ObservableBooleanValue libraryShown, ObservableBooleanValue sideShown) {
        this.library = library;
        this.centre = centre;
        this.side = side;
        this.libraryShown = libraryShown;
        this.sideShown = sideShown;
        SplitPane.setResizableWithParent(library, false);
        libraryShown.addListener((obs, was, now) -> arrange());
        sideShown.addListener((obs, was, now) -> arrange());
        arrange();
    }

    private void arrange() {
        double[] positions = getDividerPositions();
        if (getItems().contains(library) && positions.length > 0) {
            libraryWidth = positions[0] * getWidth();
        }
        if (getItems().contains(side) && positions.length > 0) {
            sideEdge = positions[positions.length - 1];
        }
        List<Node> items = new ArrayList<>();
        List<Double> edges = new ArrayList<>();
        if (libraryShown.get()) {
            items.add(library);
            edges.add(libraryWidth > 0 && getWidth() > 0 ? Math.min(LIBRARY_EDGE * 2, libraryWidth / getWidth())
                    : LIBRARY_EDGE);
        }
        items.add(centre);
        if (sideShown.get()) {
            items.add(side);
            edges.add(sideEdge);
        }
        getItems().setAll(items);
        setDividerPositions(edges.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
