package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.graph.GraphCanvas;
import io.tensorscope.app.workbench.layers.LayerTable;
import io.tensorscope.app.workbench.layers.NodeDetailsSheet;
import io.tensorscope.app.workbench.summary.SummaryView;
import io.tensorscope.assets.BundledAsset;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: model library (left), layer table and graph (centre), summary and node
 * details (right), status bar with progress and cancel (bottom). A view: all state lives in the
 * {@link WorkbenchViewModel}.
 */
public final class MainWindow extends BorderPane {

    private final WorkbenchViewModel viewModel;
    private final LayerTable table;
    private final GraphCanvas graph = new GraphCanvas();

    /** @param viewModel the window's state */
    public MainWindow(WorkbenchViewModel viewModel) {
        this.viewModel = viewModel;
        this.table = new LayerTable(viewModel.visibleNodes());
        getStyleClass().add("main-window");
        setLeft(library());
        setCenter(center());
        setRight(details());
        setBottom(statusBar());
        bindSelection();
        enableDrop();
        viewModel.errorProperty().addListener((o, old, message) -> {
            if (message != null) {
                showError(message);
            }
        });
    }

    private VBox library() {
        ListView<BundledAsset> list = new ListView<>(viewModel.library());
        list.setId("library");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BundledAsset asset, boolean empty) {
                super.updateItem(asset, empty);
                setText(empty || asset == null ? null : asset.id() + "\n" + asset.task());
                setGraphic(empty || asset == null ? null : new FontIcon("mdi2c-cube-outline"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, asset) -> {
            if (asset != null) {
                viewModel.openBundled(asset);
            }
        });
        Button open = new Button("Open…", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("open-file");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a model");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Models (*.onnx, model.json)",
                    "*.onnx", "*.json"), new FileChooser.ExtensionFilter("All files", "*"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                viewModel.openFile(file.toPath());
            }
        });
        Label title = new Label("Models");
        title.getStyleClass().add("pane-title");
        VBox box = new VBox(8, title, list, open, new Label("or drop a file here"));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.setPrefWidth(190);
        return box;
    }

    private SplitPane center() {
        TextField filter = new TextField();
        filter.setId("filter");
        filter.setPromptText("Filter by name or op type");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        HBox filterBar = new HBox(6, new FontIcon("mdi2m-magnify"), filter);
        filterBar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox tablePane = new VBox(6, filterBar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        tablePane.setPadding(new Insets(8));
        graph.setId("graph");
        graph.layoutProperty().bind(viewModel.layoutProperty());
        graph.nodesProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> java.util.List.copyOf(viewModel.nodes()), viewModel.nodes()));
        SplitPane split = new SplitPane(tablePane, graph);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.7);
        return split;
    }

    private ScrollPane details() {
        NodeDetailsSheet sheet = new NodeDetailsSheet();
        sheet.setPrefHeight(330);
        viewModel.selectedIndexProperty().addListener((o, old, index) -> sheet.show(viewModel.selectedNode()));
        VBox box = new VBox(new SummaryView(viewModel.analysisProperty()), sheet);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(300);
        return scroll;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(viewModel.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.progressProperty().bind(viewModel.executor().progressProperty());
        progress.visibleProperty().bind(viewModel.executor().runningProperty());
        Label task = new Label();
        task.textProperty().bind(viewModel.executor().messageProperty());
        Button cancel = new Button("Cancel", new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("cancel");
        cancel.visibleProperty().bind(viewModel.executor().runningProperty());
        cancel.setOnAction(e -> viewModel.cancel());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(10, status, spring, task, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void bindSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((o, old, node) -> {
            if (node != null) {
                viewModel.selectedIndexProperty().set(node.index());
            }
        });
        graph.selectedIndexProperty().bindBidirectional(viewModel.selectedIndexProperty());
        viewModel.selectedIndexProperty().addListener((o, old, index) -> table.selectNode(index.intValue()));
    }

    private void enableDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                viewModel.openFile(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("Could not open the model");
        alert.setTitle("Tensorscope");
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }

    /** @return the layer table (for tests and screenshots) */
    public LayerTable table() {
        return table;
    }

    /** @return the graph view (for tests and screenshots) */
    public GraphCanvas graph() {
        return graph;
    }
}
