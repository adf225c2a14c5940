package io.tensorscope.app.workbench.summary;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The summary panel: facts grouped by category, then the op-type histogram as bars. */
public final class SummaryView extends ScrollPane {

    private static final double BAR_MAX_WIDTH_PX = 110;

    /** A value's narrowest: below it a wrapped value stacks one letter per line. */
    private static final double VALUE_MIN_WIDTH_PX = 90;
    /** A fact label's narrowest. */
    private static final double LABEL_MIN_WIDTH_PX = 56;

    private final GridPane facts = new GridPane();
    private final GridPane histogram = new GridPane();

    /** Builds the panel and binds it to {@code viewModel}. */
    public SummaryView(SummaryViewModel viewModel) {
        setId("summary-view");
        facts.getStyleClass().add("facts");
        facts.setHgap(10);
        facts.setVgap(3);
        histogram.setHgap(6);
        histogram.setVgap(2);
        Label empty = new Label("No model loaded");
        empty.getStyleClass().add("placeholder");
        facts.add(empty, 0, 0);
        VBox content = new VBox(10, facts, histogram);
        content.setPadding(new Insets(10));
        setContent(content);
        setFitToWidth(true);
        viewModel.facts().addListener((ListChangeListener<Fact>) c -> showFacts(viewModel));
        viewModel.histogram().addListener((ListChangeListener<OpCount>) c -> showHistogram(viewModel));
    }

    private void showFacts(SummaryViewModel viewModel) {
        facts.getChildren().clear();
        String category = null;
        int row = 0;
        for (Fact fact : viewModel.facts()) {
            if (!fact.category().equals(category)) {
                category = fact.category();
                Label header = new Label(category);
                header.getStyleClass().add("section-header");
                facts.add(header, 0, row++, 2, 1);
            }
            Label label = new Label(fact.label());
            label.getStyleClass().add("fact-label");
            // In a narrow panel the label gives way (cut, its full text in the tooltip) before the value does.
            label.setMinWidth(LABEL_MIN_WIDTH_PX);
            label.setTooltip(new javafx.scene.control.Tooltip(fact.label()));
            Label value = new Label(fact.value());
            value.getStyleClass().add("fact-value");
            value.setWrapText(true);
            value.setMinWidth(VALUE_MIN_WIDTH_PX);
            GridPane.setHgrow(value, Priority.ALWAYS);
            facts.addRow(row++, label, value);
        }
    }

    private void showHistogram(SummaryViewModel viewModel) {
        histogram.getChildren().clear();
        if (viewModel.histogram().isEmpty()) {
            return;
        }
        Label header = new Label("Op types");
        header.getStyleClass().add("section-header");
        histogram.add(header, 0, 0, 3, 1);
        int row = 1;
        for (OpCount op : viewModel.histogram()) {
            Region bar = new Region();
            bar.getStyleClass().add("histogram-bar");
            bar.setStyle("-fx-background-color: " + io.tensorscope.app.workbench.graph.OpFamily.of(op.opType()).colour() + ";");
            bar.setPrefSize(Math.max(2, op.fraction() * BAR_MAX_WIDTH_PX), 12);
            bar.setMaxSize(Region.USE_PREF_SIZE, 12);
            StackPane barCell = new StackPane(bar);
            barCell.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            barCell.setPrefWidth(BAR_MAX_WIDTH_PX);
            histogram.addRow(row++, new Label(op.opType()), barCell, new Label(Integer.toString(op.count())));
        }
    }
}
