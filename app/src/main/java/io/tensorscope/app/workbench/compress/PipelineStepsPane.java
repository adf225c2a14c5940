package io.tensorscope.app.workbench.compress;

import io.tensorscope.engine.pass.Pass;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The pipeline editor's step list: the steps in the order they run, each labelled with its pass and changed options,
 * with Add (a menu of every installed pass), Move up, Move down and Remove. Selecting a step shows its options.
 */
final class PipelineStepsPane extends VBox {

    private static final double ROW_HEIGHT = 26;
    private static final int ROWS_SHOWN = 4;

    PipelineStepsPane(CompressViewModel viewModel) {
        setId("compress-pipeline");
        Label title = new Label("Pipeline");
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        MenuButton add = new MenuButton("Add", new FontIcon("mdi2p-plus"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip("Add a step at the end of the pipeline"));
        add.setId("compress-add-step");
        for (Pass pass : viewModel.passes()) {
            MenuItem item = new MenuItem(pass.displayName() + " — " + pass.description());
            item.setId("compress-add-" + pass.id());
            item.setOnAction(e -> viewModel.addStep(pass));
            add.getItems().add(item);
        }
        add.disableProperty().bind(viewModel.runningProperty());
        Button up = iconButton("mdi2a-arrow-up", "compress-step-up", "Run the selected step earlier");
        up.setOnAction(e -> viewModel.moveSelectedStep(-1));
        Button down = iconButton("mdi2a-arrow-down", "compress-step-down", "Run the selected step later");
        down.setOnAction(e -> viewModel.moveSelectedStep(1));
        Button remove = iconButton("mdi2d-delete-outline", "compress-remove-step", "Remove the selected step");
        remove.setOnAction(e -> viewModel.removeSelectedStep());
        var noStep = viewModel.selectedStepProperty().isNull().or(viewModel.runningProperty());
        up.disableProperty().bind(noStep.or(Bindings.createBooleanBinding(() -> viewModel.steps().indexOf(
                viewModel.selectedStepProperty().get()) <= 0, viewModel.steps(), viewModel.selectedStepProperty())));
        down.disableProperty().bind(noStep.or(Bindings.createBooleanBinding(() -> viewModel.steps().indexOf(
                        viewModel.selectedStepProperty().get()) >= viewModel.steps().size() - 1, viewModel.steps(),
                viewModel.selectedStepProperty())));
        remove.disableProperty().bind(noStep);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, add, up, down, remove);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<StepDraft> list = new ListView<>(viewModel.steps());
        list.setId("compress-steps");
        list.setPlaceholder(new Label("No step: add one"));
        list.setPrefHeight(ROW_HEIGHT * ROWS_SHOWN + 4);
        list.setMinHeight(ROW_HEIGHT * 2 + 4);
        list.setCellFactory(v -> new StepCell(viewModel));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedStepProperty().set(now);
            }
        });
        viewModel.selectedStepProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(viewModel.selectedStepProperty().get());
        setSpacing(4);
        getChildren().addAll(header, list);
    }

    private static Button iconButton(String icon, String id, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /** A step's row: its position and its label, which follows every option change. */
    private static final class StepCell extends ListCell<StepDraft> {

        private final CompressViewModel viewModel;

        StepCell(CompressViewModel viewModel) {
            this.viewModel = viewModel;
        }

        @Override
        protected void updateItem(StepDraft step, boolean empty) {
            super.updateItem(step, empty);
            textProperty().unbind();
            if (empty || step == null) {
                setText(null);
                return;
            }
            textProperty().bind(Bindings.createStringBinding(() -> (viewModel.steps().indexOf(step) + 1) + ". "
                    + step.labelBinding().get(), step.labelBinding(), viewModel.steps()));
        }
    }
}
