package io.tensorscope.app.workbench.library;

import io.tensorscope.assets.BundledAsset;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The model library: bundled models and recent files (a click opens one) and an "Open…" button for files. */
public final class LibraryView extends VBox {

    /** Height of the recent files list, px: about four files. */
    private static final double RECENT_HEIGHT_PX = 150;

    private final ListView<BundledAsset> list = new ListView<>();
    private final ListView<Path> recentList = new ListView<>();
    private final Button openButton = new Button("Open…", new FontIcon("mdi2f-folder-open-outline"));

    /**
     * @param bundled  the bundled models
     * @param onOpen   called with the bundled model the user picks
     * @param recent   the model files opened lately, most recent first
     * @param onRecent called with the recent file the user picks
     * @param onBrowse called when the user asks to open a file
     */
    public LibraryView(List<BundledAsset> bundled, Consumer<BundledAsset> onOpen, ObservableList<Path> recent,
                       Consumer<Path> onRecent, Runnable onBrowse) {
        setId("library");
        getStyleClass().add("library");
        Label header = new Label("Models", new FontIcon("mdi2l-library-shelves"));
        header.getStyleClass().add("section-header");
        list.setId("library-list");
        list.setItems(FXCollections.observableArrayList(bundled));
        list.setCellFactory(v -> new AssetCell());
        list.setOnMouseClicked(e -> {
            BundledAsset asset = list.getSelectionModel().getSelectedItem();
            if (asset != null) {
                onOpen.accept(asset);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label recentHeader = new Label("Recent files", new FontIcon("mdi2h-history"));
        recentHeader.getStyleClass().add("section-header");
        recentList.setId("library-recent");
        recentList.setItems(recent);
        recentList.setCellFactory(v -> new RecentCell());
        recentList.setPlaceholder(new Label("Files you open appear here"));
        recentList.setPrefHeight(RECENT_HEIGHT_PX);
        recentList.setMinHeight(RECENT_HEIGHT_PX / 2);
        recentList.setOnMouseClicked(e -> {
            Path file = recentList.getSelectionModel().getSelectedItem();
            if (file != null) {
                onRecent.accept(file);
            }
        });
        openButton.setId("open-file");
        openButton.setMaxWidth(Double.MAX_VALUE);
        openButton.setOnAction(e -> onBrowse.run());
        Label hint = new Label("…or drop an .onnx file on the window");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(header, list, recentHeader, recentList, openButton, hint);
        setSpacing(8);
        setPadding(new Insets(10));
    }

    /** Shows a recent file's name over its folder, with an icon and the full path as tooltip. */
    private static final class RecentCell extends ListCell<Path> {
        RecentCell() {
            setPrefWidth(0); // as wide as the list: a long folder is cut with "…", not scrolled
        }

        @Override
        protected void updateItem(Path file, boolean empty) {
            super.updateItem(file, empty);
            if (empty || file == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label name = new Label(String.valueOf(file.getFileName()));
            name.getStyleClass().add("asset-name");
            Label folder = new Label(String.valueOf(file.getParent()));
            folder.getStyleClass().add("asset-detail");
            setGraphic(new javafx.scene.layout.HBox(8, new FontIcon("mdi2f-file-outline"), new VBox(2, name, folder)));
            setText(null);
            setTooltip(new javafx.scene.control.Tooltip(file.toString()));
        }
    }

    /** Shows a bundled model's name and task with an icon. */
    private static final class AssetCell extends ListCell<BundledAsset> {
        @Override
        protected void updateItem(BundledAsset asset, boolean empty) {
            super.updateItem(asset, empty);
            if (empty || asset == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label name = new Label(asset.name());
            name.getStyleClass().add("asset-name");
            Label task = new Label(asset.id() + " · " + asset.task());
            task.getStyleClass().add("asset-detail");
            VBox text = new VBox(2, name, task);
            setGraphic(new javafx.scene.layout.HBox(8, new FontIcon("mdi2c-cube-outline"), text));
            setText(null);
            setTooltip(new javafx.scene.control.Tooltip(asset.name() + "\n" + asset.task() + " · " + asset.licence()
                    + "\n" + asset.source()));
        }
    }
}
