package io.tensorscope.app.workbench;

import io.tensorscope.app.workbench.compress.CompressView;
import io.tensorscope.app.workbench.advice.AdviceView;
import io.tensorscope.app.workbench.history.HistoryView;
import io.tensorscope.app.workbench.help.AboutDialog;
import io.tensorscope.app.workbench.help.GlossaryDialog;
import io.tensorscope.app.workbench.help.ShortcutsDialog;
import io.tensorscope.app.workbench.settings.PreferencesDialog;
import io.tensorscope.app.workbench.shared.ErrorDialog;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.shared.SaveDialog;
import io.tensorscope.app.workbench.shared.TableCopy;
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
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;

/**
 * The main window's content: the menu bar, library | (layer table over graph) | (summary over node details), a
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
    private final HistoryView historyView;
    private final TabPane centreTabs;

    /** Builds the window content over {@code viewModel}. */
    public WorkbenchView(WorkbenchViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("workbench");
        LibraryView library = new LibraryView(viewModel.bundledModels(), viewModel::openBundled,
                viewModel.settings().recentFiles().files(), viewModel::openFile, this::browse);
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
        historyView = new HistoryView(viewModel.history(), viewModel.workspace().noticeProperty());
        Tab historyTab = new Tab("History", historyView);
        historyTab.setId("history-tab");
        historyTab.setGraphic(new FontIcon("mdi2h-history"));
        centreTabs = new TabPane(modelTab, profileTab, compressTab, sensitivityTab, trainTab, historyTab);
        centreTabs.setId("centre-tabs");
        centreTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        javafx.scene.layout.StackPane centre = new javafx.scene.layout.StackPane(centreTabs);

        Tab adviceTab = new Tab("Advice", new AdviceView(viewModel.advice()));
        adviceTab.setId("advice-tab");
        viewModel.advice().findings().addListener((javafx.collections.ListChangeListener<Object>) c ->
                adviceTab.setText(viewModel.advice().findings().isEmpty() ? "Advice"
                        : "Advice (" + viewModel.advice().findings().size() + ")"));
        TabPane side = new TabPane(new Tab("Summary", new SummaryView(viewModel.summary())),
                new Tab("Node", new NodeDetailsView(viewModel.nodeDetails())), adviceTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewModel.layers().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                side.getSelectionModel().select(1);
            }
        });

        // The Compress and History tabs are wide workspaces of their own: the model summary makes room for them.
        MainSplit main = new MainSplit(library, centre, side, viewModel.libraryShownProperty(),
                viewModel.sidePanelShownProperty().and(compressTab.selectedProperty().not())
                        .and(historyTab.selectedProperty().not()));

        // After the layout pass that changed the width: the split then rearranges at its new width.
        widthProperty().addListener((obs, old, width) -> Platform.runLater(() -> viewModel.fitLibraryTo(getWidth())));

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
        setTop(new WorkbenchMenuBar(viewModel, new WorkbenchMenuBar.Actions(this::browse, this::saveAs, this::exportReport,
                Platform::exit, this::copy, this::find, this::preferences, () -> ShortcutsDialog.show(window()),
                () -> GlossaryDialog.show(window()), () -> AboutDialog.show(window(), viewModel.about()))));
        setBottom(new StatusBar(viewModel.status()));
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
        showErrors(viewModel.errorProperty(), "Could not open the model");
        showErrors(viewModel.compress().saveErrorProperty(), "Could not save the model");
        showErrors(viewModel.saveErrorProperty(), "Could not save the model");
        showErrors(viewModel.settings().errorProperty(), "Could not save the settings");
        showErrors(viewModel.workspace().failureProperty(), "Experiment workspace");
        viewModel.workspace().noticeProperty().addListener((obs, old, notice) -> {
            if (notice != null) {
                viewModel.notificationProperty().set(notice);
            }
        });
    }

    /** Shows each message {@code error} takes in an error dialog, and clears it once the user closes the dialog. */
    private void showErrors(StringProperty error, String header) {
        error.addListener((obs, old, message) -> {
            if (message != null) {
                ErrorDialog.show(window(), header, message, () -> error.set(null));
            }
        });
    }

    /** @return the view-model the window shows */
    public WorkbenchViewModel viewModel() {
        return viewModel;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** File > Save as ONNX…: asks where, then saves the model shown. */
    private void saveAs() {
        LoadedModel loaded = viewModel.currentProperty().get();
        if (loaded != null) {
            SaveDialog.askOnnx(window(), "Save " + loaded.model().name() + " as ONNX",
                    SaveDialog.baseName(loaded.model().name()) + ".onnx").ifPresent(viewModel::saveCurrent);
        }
    }

    /** File > Export report…: asks where, then writes the Compress tab's report (its rows against the original). */
    private void exportReport() {
        SaveDialog.askReport(window(), "report.html").ifPresent(viewModel.compress()::report);
    }

    /** Edit > Copy: the selected text of a focused text field, else the selected rows of the focused table. */
    private void copy() {
        Node focused = getScene().getFocusOwner();
        if (focused instanceof TextInputControl text) {
            text.copy();
        } else {
            TableCopy.enclosing(focused).ifPresent(TableCopy::copy);
        }
    }

    /** Edit > Find: shows the layer table and puts the keyboard focus in its find field. */
    private void find() {
        centreTabs.getSelectionModel().select(0);
        layerTable.focusFind();
    }

    private void preferences() {
        PreferencesDialog.show(window(), viewModel.settings().preferences(), viewModel.settings()::apply);
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

    /** @return the History tab's content */
    public HistoryView historyView() {
        return historyView;
    }

    /** @return the centre tabs: layers and graph, profile, compress, sensitivity, train, history */
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

    /** File > Open…, the library's Open… button. */
    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open model");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ONNX models", "*.onnx"),
                new FileChooser.ExtensionFilter("TensorFlow.js models", "model.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window());
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
