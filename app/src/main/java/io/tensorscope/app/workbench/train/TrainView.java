package io.tensorscope.app.workbench.train;

import io.tensorscope.engine.train.EpochStats;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * The Train tab: the settings on the left; on the right the loss and accuracy curves per epoch and the latest epoch's
 * figures (images/s). Pure wiring over a {@link TrainViewModel}.
 */
public final class TrainView extends SplitPane {

    /** Narrowest the settings get, px. */
    private static final double SETTINGS_MIN_WIDTH = 300;

    /** Builds the tab content over {@code viewModel}. */
    public TrainView(TrainViewModel viewModel) {
        setId("train-view");
        TrainSettingsPane settings = new TrainSettingsPane(viewModel);
        Label header = new Label("Loss · accuracy per epoch", new FontIcon("mdi2c-chart-line"));
        header.getStyleClass().add("pane-header");
        header.setMaxWidth(Double.MAX_VALUE);
        HBox headerRow = new HBox(header);
        HBox.setHgrow(header, Priority.ALWAYS);
        headerRow.getStyleClass().add("pane-header-row");
        TrainCurves curves = new TrainCurves(viewModel);
        curves.getStyleClass().add("chart-pane");
        Label latest = new Label();
        latest.setId("train-latest-epoch");
        latest.setPadding(new Insets(6, 10, 6, 10));
        latest.setWrapText(true);
        latest.setMinHeight(Label.USE_PREF_SIZE);
        latest.textProperty().bind(Bindings.createStringBinding(() -> latest(viewModel), viewModel.epochs()));
        VBox results = new VBox(headerRow, curves, latest);
        VBox.setVgrow(curves, Priority.ALWAYS);
        getItems().addAll(settings, results);
        setDividerPositions(0.3);
        settings.setMinWidth(SETTINGS_MIN_WIDTH);
        SplitPane.setResizableWithParent(settings, false);
    }

    private static String latest(TrainViewModel viewModel) {
        if (viewModel.epochs().isEmpty()) {
            return "No epoch finished yet.";
        }
        EpochStats e = viewModel.epochs().get(viewModel.epochs().size() - 1);
        return String.format(Locale.ROOT, "Epoch %d of %d: train loss %.4f, validation accuracy %.2f %%, %.0f images/s",
                e.epoch(), viewModel.plannedEpochsProperty().get(), e.trainLoss(), 100 * e.validationAccuracy(),
                e.imagesPerSecond());
    }
}
