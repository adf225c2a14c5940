package io.tensorscope.app.workbench.shared;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Save image as PNG…" for the workbench's charts (roofline, scatter, graph, curves): a context menu item that asks for
 * a file and writes what the chart shows now, at its size on screen. The snapshot is taken on the UI thread (JavaFX
 * requires it); encoding and writing run in the background, atomically, so a failed write leaves no half file.
 */
public final class ImageExport {

    /** Id of the context menu item, for tests. */
    public static final String MENU_ITEM_ID = "save-image-png";

    private ImageExport() {
    }

    /** Gives {@code chart} a context menu with "Save image as PNG…", proposing {@code fileName}.png. */
    public static void install(Node chart, String fileName) {
        MenuItem save = new MenuItem("Save image as PNG…", new FontIcon("mdi2i-image-outline"));
        save.setId(MENU_ITEM_ID);
        ContextMenu menu = new ContextMenu(save);
        save.setOnAction(e -> ask(chart, fileName));
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    /**
     * @return {@code chart} as an image of its size on screen, for writing with {@link #writePng}; call on the UI
     *         thread
     */
    public static BufferedImage snapshot(Node chart) {
        return SwingFXUtils.fromFXImage(chart.snapshot(new SnapshotParameters(), null), null);
    }

    /**
     * Writes {@code image} as a PNG file, atomically.
     *
     * @throws TensorscopeException {@code UNREADABLE_FILE} or {@code DISK_FULL} when the file cannot be written
     */
    public static void writePng(BufferedImage image, Path file) throws TensorscopeException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java");
            }
        });
    }

    private static void ask(Node chart, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save image as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images", "*.png"));
        chooser.setInitialFileName(fileName + ".png");
        File file = chooser.showSaveDialog(chart.getScene() == null ? null : chart.getScene().getWindow());
        if (file == null) {
            return;
        }
        BufferedImage image = snapshot(chart);
        CompletableFuture.runAsync(() -> {
            try {
                writePng(image, file.toPath());
            } catch (TensorscopeException e) {
                Platform.runLater(() -> failed(chart, e.getMessage()));
            }
        });
    }

    private static void failed(Node chart, String message) {
        ErrorDialog.show(chart.getScene() == null ? null : chart.getScene().getWindow(), "Could not save the image",
                message, () -> { });
    }
}
