package io.tensorscope.app.workbench.library;

import io.tensorscope.assets.BundledAsset;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.Consumer;

/** The model library: bundled models (a click opens one) and an "Open…" button for files. */
public final class LibraryView extends VBox {

    private final ListView<BundledAsset> list = new ListView<>();
    private final Button openButton = new Button("Open…", new FontIcon("mdi2f-folder-open-outline"));

    /**
     * @param bundled  the bundled models
     * @param onOpen   called with the bundled model the user picks
     * @param onBrowse called when the user asks to open a file
     */
    public LibraryView(List<BundledAsset> bundled, Consumer<BundledAsset> onOpen, Runnable onBrowse) {
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
        openButton.setId("open-file");
        openButton.setMaxWidth(Double.MAX_VALUE);
        openButton.setOnAction(e -> onBrowse.run());
        Label hint = new Label("…or drop an .onnx file on the window");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(header, list, openButton, hint);
        setSpacing(8);
        setPadding(new Insets(10));
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
