package io.tensorscope.app.workbench.sensitivity;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Sensitivity tab: the pass, levels and evaluation data on the left; on the right the heat map of every layer's
 * score change and speed-up at each level, most sensitive layer first, with its colour legend. Pure wiring over a
 * {@link SensitivityViewModel}.
 */
public final class SensitivityView extends SplitPane {

    /** Narrowest the settings get, px: their editors and buttons stay readable. */
    private static final double SETTINGS_MIN_WIDTH = 300;

    private final SensitivityHeatMap heatMap;

    /** Builds the tab content over {@code viewModel}. */
    public SensitivityView(SensitivityViewModel viewModel) {
        setId("sensitivity-view");
        SensitivitySettingsPane settings = new SensitivitySettingsPane(viewModel);
        heatMap = new SensitivityHeatMap(viewModel);
        ScrollPane scroll = new ScrollPane(heatMap);
        scroll.setFitToWidth(false);
        scroll.getStyleClass().add("chart-pane");
        Label header = new Label("Score change · speed-up per layer and level", new FontIcon("mdi2t-thermometer"));
        header.getStyleClass().add("pane-header");
        header.setMaxWidth(Double.MAX_VALUE);
        HBox headerRow = new HBox(header);
        HBox.setHgrow(header, Priority.ALWAYS);
        headerRow.getStyleClass().add("pane-header-row");
        Label caption = new Label("Each cell: the pass applied to that layer alone, its score change in points and its "
                + "speed-up over the original. Layers are ranked by the score lost at the highest level; those at the "
                + "bottom can be compressed hardest. Click a row to select its node; hover a cell for details.");
        caption.setWrapText(true);
        caption.getStyleClass().addAll("hint", "chart-caption");
        caption.setMinHeight(Label.USE_PREF_SIZE);
        VBox results = new VBox(headerRow, caption, scroll, legend());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getItems().addAll(settings, results);
        setDividerPositions(0.3);
        settings.setMinWidth(SETTINGS_MIN_WIDTH);
        SplitPane.setResizableWithParent(settings, false);
    }

    /** @return the heat map */
    public SensitivityHeatMap heatMap() {
        return heatMap;
    }

    private static HBox legend() {
        Rectangle scale = new Rectangle(160, 14, DropColour.legend());
        scale.setArcWidth(4);
        scale.setArcHeight(4);
        HBox legend = new HBox(8, fixed("Score change:"), fixed("0 pt or better"), scale,
                fixed(SensitivityText.delta(DropColour.WORST_POINTS) + " or worse"));
        legend.setId("sensitivity-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(6, 10, 6, 10));
        return legend;
    }

    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
