package io.tensorscope.app.workbench.graph;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The graph view with its header: title, search field (Ctrl+F from the graph; Enter goes to the next match, Escape
 * back to the graph), "Hide constants" and "Colour by time share" switches; zoom in / zoom out / fit buttons float in
 * the drawing's top-left corner (the minimap has the top-right one). Pure wiring over a {@link GraphViewModel} and a {@link GraphCanvas}.
 */
public final class GraphPane extends VBox {

    private static final double ZOOM_STEP = 1.25;
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final GraphCanvas canvas;
    private final TextField search = new TextField();

    /** Builds the pane over {@code viewModel} under {@code title}. */
    public GraphPane(GraphViewModel viewModel, Node title) {
        canvas = new GraphCanvas(viewModel);
        search.setId("graph-search");
        search.setPromptText("Find node (Ctrl+F)");
        search.getStyleClass().add("graph-search");
        search.setMinWidth(90);
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnAction(e -> viewModel.nextMatch());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                canvas.requestFocus();
            }
        });
        Label matches = new Label();
        matches.setId("graph-search-matches");
        matches.getStyleClass().add("hint");
        matches.setMinWidth(Region.USE_PREF_SIZE);
        matches.textProperty().bind(Bindings.createStringBinding(() -> matchText(viewModel),
                viewModel.matchPositionProperty(), viewModel.searchTextProperty(), viewModel.layoutProperty()));
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });

        CheckBox constants = new CheckBox("Hide constants");
        constants.setId("graph-hide-constants");
        constants.setTooltip(new Tooltip("Leave out Constant nodes and nodes computed from weights only"));
        constants.selectedProperty().bindBidirectional(viewModel.hideConstantsProperty());
        CheckBox heat = new CheckBox("Colour by time share");
        heat.setId("graph-colour-by-time");
        heat.selectedProperty().bindBidirectional(viewModel.colourByTimeProperty());
        heat.disableProperty().bind(viewModel.timeSharesProperty().isNull());

        CheckBox diff = new CheckBox("Colour by diff");
        diff.setId("graph-colour-by-diff");
        diff.setTooltip(new Tooltip("Green: added; amber: changed; grey: unchanged (History > Diff)"));
        diff.selectedProperty().bindBidirectional(viewModel.colourByDiffProperty());
        diff.visibleProperty().bind(viewModel.diffChangesProperty().isNotNull());
        diff.managedProperty().bind(diff.visibleProperty());

        HBox header = new HBox(8, title, search, matches, constants, heat, diff);
        HBox.setHgrow(title, Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header-row");
        VBox zoom = new VBox(4,
                tool("graph-zoom-in", "mdi2m-magnify-plus-outline", "Zoom in", () -> canvas.zoomAboutCentre(ZOOM_STEP)),
                tool("graph-zoom-out", "mdi2m-magnify-minus-outline", "Zoom out", () -> canvas.zoomAboutCentre(1 / ZOOM_STEP)),
                tool("graph-fit", "mdi2f-fit-to-screen-outline", "Fit the whole graph", canvas::fitAll));
        zoom.setPickOnBounds(false);
        zoom.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane drawing = new StackPane(canvas, zoom);
        StackPane.setAlignment(zoom, Pos.TOP_LEFT);
        StackPane.setMargin(zoom, new Insets(10));
        drawing.setMinSize(0, 0);
        getChildren().addAll(header, drawing);
        VBox.setVgrow(drawing, Priority.ALWAYS);
    }

    /** @return the drawing */
    public GraphCanvas canvas() {
        return canvas;
    }

    /** @return the search field */
    public TextField searchField() {
        return search;
    }

    private static String matchText(GraphViewModel viewModel) {
        String text = viewModel.searchTextProperty().get();
        if (text == null || text.isBlank()) {
            return "";
        }
        int count = viewModel.searchMatches().size();
        return count == 0 ? "no match" : String.format("%d of %,d", viewModel.matchPositionProperty().get() + 1, count);
    }

    private static Button tool(String id, String icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("graph-tool");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
