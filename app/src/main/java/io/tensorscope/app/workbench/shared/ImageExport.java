package io.tensorscope.app.workbench.shared;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
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
 * "Save image as PNG…" and "Save image as SVG…" for the workbench's charts (roofline, scatter, graph, curves): context
 * menu items that ask for a file and write what the chart shows now, at its size on screen — the PNG a snapshot, the
 * SVG the same painting as vectors and text ({@link io.tensorscope.app.workbench.chart.SvgDrawing}). The snapshot and
 * the SVG are made on the UI thread (JavaFX requires it); encoding and writing run in the background, atomically, so a
 * failed write leaves no half file.
 */
public final class ImageExport {

    /** Id of the PNG context menu item, for tests. */
    public static final String MENU_ITEM_ID = "save-image-png";
    /** Id of the SVG context menu item, for tests. */
    public static final String SVG_MENU_ITEM_ID = "save-image-svg";

    private ImageExport() {
    }

    /**
     * Gives {@code chart} a context menu with "Save image as PNG…" and "Save image as SVG…", proposing
     * {@code fileName}.png or .svg.
     *
     * @param svg paints the chart as it is now into an SVG document (on the UI thread)
     */
    public static void install(Node chart, String fileName, Supplier<String> svg) {
        MenuItem png = new MenuItem("Save image as PNG…", new FontIcon("mdi2i-image-outline"));
        png.setId(MENU_ITEM_ID);
        png.setOnAction(e -> ask(chart, fileName, "PNG", () -> {
            BufferedImage image = snapshot(chart);
            return file -> writePng(image, file);
        }));
        MenuItem vector = new MenuItem("Save image as SVG…", new FontIcon("mdi2v-vector-square"));
        vector.setId(SVG_MENU_ITEM_ID);
        vector.setOnAction(e -> ask(chart, fileName, "SVG", () -> {
            String document = svg.get();
            return file -> writeSvg(document, file);
        }));
        ContextMenu menu = new ContextMenu(png, vector);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    /**
     * Writes {@code svg} as a UTF-8 file, atomically.
     *
     * @throws TensorscopeException {@code UNREADABLE_FILE} or {@code DISK_FULL} when the file cannot be written
     */
    public static void writeSvg(String svg, Path file) throws TensorscopeException {
        AtomicFiles.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** A picture made on the UI thread, written to a file in the background. */
    @FunctionalInterface
    private interface Picture {
        void writeTo(Path file) throws TensorscopeException;
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

    /** Asks for a file, makes the picture now (UI thread) and writes it in the background. */
    private static void ask(Node chart, String fileName, String format, Supplier<Picture> picture) {
        String ending = format.toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save image as " + format);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format + " images", "*." + ending));
        chooser.setInitialFileName(fileName + "." + ending);
        File file = chooser.showSaveDialog(chart.getScene() == null ? null : chart.getScene().getWindow());
        if (file == null) {
            return;
        }
        Picture made = picture.get();
        CompletableFuture.runAsync(() -> {
            try {
                made.writeTo(file.toPath());
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
