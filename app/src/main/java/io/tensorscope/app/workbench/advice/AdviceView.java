package io.tensorscope.app.workbench.advice;

import io.tensorscope.profiler.advice.Finding;
import io.tensorscope.profiler.advice.Severity;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Advice panel: one card per finding (what was found, the numbers, what to do), warnings first; clicking a card
 * selects the first node it is about. A scrolling column of cards (findings are few), so their text wraps.
 */
public final class AdviceView extends ScrollPane {

    /** Style class of a finding's card. */
    public static final String CARD = "advice-card";

    private final AdviceViewModel viewModel;
    private final VBox cards = new VBox(10);

    /** Builds the panel over {@code viewModel}. */
    public AdviceView(AdviceViewModel viewModel) {
        this.viewModel = viewModel;
        setId("advice-list");
        setFitToWidth(true);
        cards.setPadding(new Insets(8));
        setContent(cards);
        viewModel.findings().addListener((ListChangeListener<Finding>) c -> fill());
        fill();
    }

    private void fill() {
        cards.getChildren().clear();
        if (viewModel.findings().isEmpty()) {
            cards.getChildren().add(new Label("No advice for this model"));
            return;
        }
        for (Finding finding : viewModel.findings()) {
            Label title = wrapped(finding.title());
            title.setGraphic(new FontIcon(finding.severity() == Severity.WARNING ? "mdi2a-alert-outline"
                    : "mdi2l-lightbulb-outline"));
            title.setStyle("-fx-font-weight: bold;");
            Label action = wrapped("→ " + finding.action());
            action.getStyleClass().add("hint");
            VBox card = new VBox(3, title, wrapped(finding.evidence()), action);
            card.getStyleClass().add(CARD);
            if (!finding.nodes().isEmpty()) {
                card.setCursor(Cursor.HAND);
                card.setOnMouseClicked(e -> viewModel.choose(finding));
            }
            cards.getChildren().add(card);
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
