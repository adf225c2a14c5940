package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.compress.CompressView;
import io.tensorscope.app.workbench.graph.GraphCanvas;
import io.tensorscope.app.workbench.graph.GraphPane;
import io.tensorscope.app.workbench.layers.LayerTableView;
import io.tensorscope.app.workbench.library.LibraryView;
import io.tensorscope.app.workbench.profile.ProfileView;
import io.tensorscope.app.workbench.sensitivity.SensitivityView;
import io.tensorscope.app.workbench.train.TrainView;
import io.tensorscope.app.workbench.summary.NodeDetailsView;
import io.tensorscope.app.workbench.summary.SummaryView;
import io.tensorscope.app.workbench.task.StatusBar;
import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;

/**
 * The main window's content: library | (layer table over graph) | (summary over node details), a
 * notification bar and a status bar. Pure wiring over a {@link WorkbenchViewModel}.
 */
public final class WorkbenchView extends BorderPane {

    private static final Duration NOTIFICATION_TIME = Duration.seconds(4);

    private final WorkbenchViewModel viewModel;
    private final LayerTableView layerTable;
    private final GraphPane graphPane;
    private final ProfileView profileView;
    private final CompressView compressView;
    private final SensitivityView sensitivityView;
    private final TabPane centreTabs;

    /** Builds the window content over {@code viewModel}. */
    public WorkbenchView(WorkbenchViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("workbench");
        LibraryView library = new LibraryView(viewModel.bundledModels(), viewModel::openBundled, this::browse);
        layerTable = new LayerTableView(viewModel.layers());
        graphPane = new GraphPane(viewModel.graph(), header("Graph", "mdi2g-graph-outline"));
        SplitPane layersAndGraph = new SplitPane(titled("Layers", "mdi2t-table-large", layerTable), graphPane);
        layersAndGraph.setOrientation(Orientation.VERTICAL);
        layersAndGraph.setDividerPositions(0.45);
        profileView = new ProfileView(viewModel.profile());
        Tab modelTab = new Tab("Layers + Graph", layersAndGraph);
        modelTab.setId("model-tab");
        modelTab.setGraphic(new FontIcon("mdi2f-file-tree-outline"));
        Tab profileTab = new Tab("Profile", profileView);
        profileTab.setId("profile-tab");
        profileTab.setGraphic(new FontIcon("mdi2s-speedometer"));
        compressView = new CompressView(viewModel.compress());
        Tab compressTab = new Tab("Compress", compressView);
        compressTab.setId("compress-tab");
        compressTab.setGraphic(new FontIcon("mdi2z-zip-box-outline"));
        sensitivityView = new SensitivityView(viewModel.sensitivity());
        Tab sensitivityTab = new Tab("Sensitivity", sensitivityView);
        sensitivityTab.setId("sensitivity-tab");
        sensitivityTab.setGraphic(new FontIcon("mdi2t-thermometer"));
        Tab trainTab = new Tab("Train", new TrainView(viewModel.train()));
        trainTab.setId("train-tab");
        trainTab.setGraphic(new FontIcon("mdi2s-school-outline"));
        centreTabs = new TabPane(modelTab, profileTab, compressTab, sensitivityTab, trainTab);
        centreTabs.setId("centre-tabs");
        centreTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        javafx.scene.layout.StackPane centre = new javafx.scene.layout.StackPane(centreTabs);

        TabPane side = new TabPane(new Tab("Summary", new SummaryView(viewModel.summary())),
                new Tab("Node", new NodeDetailsView(viewModel.nodeDetails())));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewModel.layers().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                side.getSelectionModel().select(1);
            }
        });

        SplitPane main = new SplitPane(library, centre, side);
        main.setDividerPositions(0.18, 0.76);
        // The Compress tab is a wide workspace of its own: the model summary makes room for it while it is shown.
        double[] sideDivider = {0.76};
        compressTab.selectedProperty().addListener((obs, was, compressing) -> {
            if (compressing) {
                sideDivider[0] = main.getDividerPositions()[1];
                main.getItems().remove(side);
            } else if (!main.getItems().contains(side)) {
                main.getItems().add(side);
                main.setDividerPosition(1, sideDivider[0]);
            }
        });
        SplitPane.setResizableWithParent(library, false);

        NotificationPane notifications = new NotificationPane(main);
        notifications.setShowFromTop(false);
        notifications.setGraphic(new FontIcon("mdi2i-information-outline"));
        viewModel.notificationProperty().addListener((obs, old, text) -> {
            if (text != null) {
                notifications.show(text);
                PauseTransition hide = new PauseTransition(NOTIFICATION_TIME);
                hide.setOnFinished(e -> notifications.hide());
                hide.play();
                viewModel.notificationProperty().set(null);
            }
        });
        setCenter(notifications);
        setBottom(new StatusBar(viewModel.status()));
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
        viewModel.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                ErrorDialog.show(getScene() == null ? null : getScene().getWindow(), "Could not open the model", message,
                        viewModel::clearError);
            }
        });
        viewModel.compress().saveErrorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                ErrorDialog.show(getScene() == null ? null : getScene().getWindow(), "Could not save the model", message,
                        () -> viewModel.compress().saveErrorProperty().set(null));
            }
        });
    }

    /** @return the layer table view */
    public LayerTableView layerTable() {
        return layerTable;
    }

    /** @return the Profile tab's content */
    public ProfileView profileView() {
        return profileView;
    }

    /** @return the Compress tab's content */
    public CompressView compressView() {
        return compressView;
    }

    /** @return the Sensitivity tab's content */
    public SensitivityView sensitivityView() {
        return sensitivityView;
    }

    /** @return the centre tabs: layers and graph, profile, compress, sensitivity */
    public TabPane centreTabs() {
        return centreTabs;
    }

    /** @return the graph view */
    public GraphCanvas graphCanvas() {
        return graphPane.canvas();
    }

    /** @return the graph view with its header (search, switches, zoom) */
    public GraphPane graphPane() {
        return graphPane;
    }

    private static Label header(String title, String icon) {
        Label header = new Label(title, new FontIcon(icon));
        header.getStyleClass().add("pane-header");
        header.setMaxWidth(Double.MAX_VALUE);
        return header;
    }

    private static VBox titled(String title, String icon, javafx.scene.Node content) {
        VBox box = new VBox(header(title, icon), content);
        VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open model");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ONNX models", "*.onnx"),
                new FileChooser.ExtensionFilter("TensorFlow.js models", "model.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            viewModel.openFile(file.toPath());
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean accepted = event.getDragboard().hasFiles() && !event.getDragboard().getFiles().isEmpty();
        if (accepted) {
            viewModel.openFile(event.getDragboard().getFiles().get(0).toPath());
        }
        event.setDropCompleted(accepted);
        event.consume();
    }
}
