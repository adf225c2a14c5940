package io.tensorscope.app.workbench.sensitivity;

import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.shared.DataChooser;
import io.tensorscope.app.workbench.task.BlockedRunTooltip;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * The Sensitivity tab's left column: the pass, its levels, the evaluation data, Run / Cancel with progress, the last
 * message and the last failure.
 */
final class SensitivitySettingsPane extends VBox {

    /** Kept here: a bidirectional binding holds its ends only weakly. */
    private final ObjectProperty<Integer> samples;

    SensitivitySettingsPane(SensitivityViewModel viewModel) {
        setId("sensitivity-settings");
        getStyleClass().add("compress-settings");
        ComboBox<Pass> pass = new ComboBox<>(FXCollections.observableArrayList(viewModel.passes()));
        pass.setId("sensitivity-pass");
        pass.setConverter(new StringConverter<>() {
            @Override
            public String toString(Pass p) {
                return p == null ? "" : p.displayName();
            }

            @Override
            public Pass fromString(String text) {
                return viewModel.passes().stream().filter(p -> toString(p).equals(text)).findFirst().orElse(null);
            }
        });
        pass.valueProperty().bindBidirectional(viewModel.passProperty());
        pass.setMaxWidth(Double.MAX_VALUE);
        Label passHint = hint("");
        passHint.textProperty().bind(viewModel.passProperty().map(p -> p.id() + ": " + p.description() + "."));

        TextField levels = new TextField();
        levels.setId("sensitivity-levels");
        levels.textProperty().bindBidirectional(viewModel.levelsProperty());
        levels.disableProperty().bind(viewModel.leveledBinding().not());
        Label levelsHint = hint("");
        levelsHint.textProperty().bind(viewModel.leveledBinding().map(leveled -> leveled
                ? "Sparsity levels, comma-separated; each layer is measured at every level."
                : "This pass has no levels: each layer is measured with the pass applied to it alone."));

        DataChooser dataset = new DataChooser("sensitivity-dataset", CompressViewModel.DATASETS);
        dataset.box().valueProperty().bindBidirectional(viewModel.datasetProperty());
        dataset.setMaxWidth(Double.MAX_VALUE);
        Spinner<Integer> count = new Spinner<>(0, 100_000, viewModel.samplesProperty().get(), 100);
        count.setId("sensitivity-samples");
        count.setEditable(true);
        count.setMaxWidth(Double.MAX_VALUE);
        samples = viewModel.samplesProperty().asObject();
        count.getValueFactory().valueProperty().bindBidirectional(samples);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, fieldName("Pass"), pass);
        form.addRow(1, fieldName("Levels"), levels);
        form.addRow(2, fieldName("Evaluate on"), dataset);
        form.addRow(3, fieldName("Test images"), count);
        form.getColumnConstraints().addAll(new ColumnConstraints(),
                new ColumnConstraints(120, 200, Double.MAX_VALUE, Priority.ALWAYS, null, true));

        Label timing = hint(String.format(Locale.ROOT, "Every variant and the original: %d thread, %d warm-up and %d "
                        + "timed runs, scored on the same images (0 = all 10,000; texts always use the whole k-NN "
                        + "split).", ExperimentPlan.LATENCY.threads(), ExperimentPlan.LATENCY.warmupRuns(),
                ExperimentPlan.LATENCY.runs()));

        getChildren().addAll(section("Per-layer sensitivity"), form, passHint, levelsHint, timing, runRow(viewModel),
                message(viewModel), problem(viewModel));
        setSpacing(8);
        setPadding(new Insets(8, 10, 8, 10));
    }

    private static Node runRow(SensitivityViewModel viewModel) {
        Button run = new Button("Run", new FontIcon("mdi2p-play-circle-outline"));
        run.setId("sensitivity-run");
        run.disableProperty().bind(viewModel.canRunBinding().not());
        run.setOnAction(e -> viewModel.run());
        run.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel", new FontIcon("mdi2s-stop-circle-outline"));
        cancel.setId("sensitivity-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("sensitivity-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        HBox row = new HBox(8, BlockedRunTooltip.wrap(run, viewModel.runBlockedReasonBinding()), cancel, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label message(SensitivityViewModel viewModel) {
        Label message = hint("");
        message.setId("sensitivity-progress-message");
        message.textProperty().bind(viewModel.progressMessageProperty());
        return message;
    }

    private static Label problem(SensitivityViewModel viewModel) {
        Label problem = new Label();
        problem.setId("sensitivity-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.failureProperty());
        problem.visibleProperty().bind(viewModel.failureProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private static Label fieldName(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
