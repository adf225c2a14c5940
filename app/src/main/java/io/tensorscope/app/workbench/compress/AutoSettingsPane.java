package io.tensorscope.app.workbench.compress;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Compress tab's Auto settings: the accuracy budget (points), the time budget (minutes), the levels a layer may
 * take, and whether the pipeline's steps follow the pruning in every candidate. The Auto button sits next to Run
 * ({@link CompressRunBar}).
 */
final class AutoSettingsPane extends VBox {

    private static final double POINTS_MAX = 100;
    private static final double POINTS_STEP = 0.1;
    private static final double MINUTES_MIN = 0.5;
    private static final double MINUTES_MAX = 600;
    private static final double MINUTES_STEP = 1;

    /** Kept here: a bidirectional binding holds its ends only weakly. */
    private final ObjectProperty<Double> points;
    private final ObjectProperty<Double> minutes;

    AutoSettingsPane(CompressViewModel compress) {
        AutoViewModel auto = compress.auto();
        setId("compress-auto-settings");
        Label title = new Label("Auto search");
        title.getStyleClass().add("section-title");

        points = auto.budgetPointsProperty().asObject();
        minutes = auto.budgetMinutesProperty().asObject();
        Spinner<Double> budget = spinner("compress-auto-budget", 0, POINTS_MAX, POINTS_STEP, points,
                "Largest drop in score allowed, percentage points (0.5 = from 99.0 % to 98.5 %)");
        Spinner<Double> time = spinner("compress-auto-minutes", MINUTES_MIN, MINUTES_MAX, MINUTES_STEP, minutes,
                "The search tries no new candidate after this; the best so far is kept");
        TextField levels = new TextField();
        levels.setId("compress-auto-levels");
        levels.textProperty().bindBidirectional(auto.levelsProperty());
        levels.setTooltip(new Tooltip("Fractions of a layer's channels it may lose, comma-separated"));
        CheckBox then = new CheckBox();
        then.setId("compress-auto-then");
        then.selectedProperty().bindBidirectional(auto.thenPipelineProperty());
        then.setWrapText(true);
        then.setMinHeight(Region.USE_PREF_SIZE);
        compress.steps().addListener((ListChangeListener<StepDraft>) c -> then.setText(thenText(compress)));
        then.setText(thenText(compress));
        then.disableProperty().bind(Bindings.isEmpty(compress.steps()));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, name("Accuracy budget"), budget, unit("pt"));
        form.addRow(1, name("Time budget"), time, unit("min"));
        form.addRow(2, name("Levels"), levels);
        GridPane.setColumnSpan(levels, 2);
        form.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(80, 120, Double.MAX_VALUE,
                Priority.ALWAYS, null, true), new ColumnConstraints());
        getChildren().addAll(title, form, then);
        setSpacing(6);
        setMinHeight(Region.USE_PREF_SIZE);
        disableProperty().bind(compress.runningProperty());
    }

    private static String thenText(CompressViewModel compress) {
        return compress.steps().isEmpty() ? "Then the pipeline (it has no steps)" : "Then the pipeline: "
                + compress.steps().stream().map(s -> s.pass().displayName().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" + "));
    }

    private static Spinner<Double> spinner(String id, double min, double max, double step, ObjectProperty<Double> value,
                                           String tooltip) {
        Spinner<Double> spinner = new Spinner<>(min, max, value.get(), step);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        spinner.setTooltip(new Tooltip(tooltip));
        return spinner;
    }

    private static Label name(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("fact-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label unit(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
