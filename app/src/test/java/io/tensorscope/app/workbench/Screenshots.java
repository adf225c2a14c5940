package io.tensorscope.app.workbench;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Writes PNG snapshots of nodes: to {@code app/target/screenshots} on a plain test run (so {@code mvn verify} leaves
 * the checkout as it was), to {@code docs/screenshots} at the repository root with
 * {@code -D}{@value #UPDATE_PROPERTY}{@code =update}.
 */
final class Screenshots {

    /** System property that, set to {@code update}, makes the tests refresh the committed screenshots. */
    static final String UPDATE_PROPERTY = "tensorscope.screenshots";

    private Screenshots() {
    }

    static Path write(Node node, String fileName) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        return save(SwingFXUtils.fromFXImage(image, null), fileName);
    }

    /**
     * Writes {@code window}'s scene with the popups it shows (open menus and their submenus, context menus) drawn where
     * they are on the screen: a snapshot of the root alone leaves them out.
     */
    static Path writeWithPopups(Window window, String fileName) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> {
            BufferedImage base = SwingFXUtils.fromFXImage(window.getScene().getRoot().snapshot(null, null), null);
            Graphics2D g = base.createGraphics();
            double originX = window.getX() + window.getScene().getX();
            double originY = window.getY() + window.getScene().getY();
            for (Window popup : Window.getWindows()) {
                if (popup instanceof PopupWindow && popup.isShowing() && ownedBy(popup, window)) {
                    BufferedImage shown = SwingFXUtils.fromFXImage(popup.getScene().getRoot().snapshot(null, null), null);
                    g.drawImage(shown, (int) Math.round(popup.getX() + popup.getScene().getX() - originX),
                            (int) Math.round(popup.getY() + popup.getScene().getY() - originY), null);
                }
            }
            g.dispose();
            return base;
        }).get(10, TimeUnit.SECONDS);
        return save(image, fileName);
    }

    private static boolean ownedBy(Window popup, Window window) {
        for (Window w = popup; w instanceof PopupWindow p; w = p.getOwnerWindow()) {
            if (p.getOwnerWindow() == window) {
                return true;
            }
        }
        return false;
    }

    private static Path save(BufferedImage image, String fileName) throws Exception {
        boolean update = "update".equals(System.getProperty(UPDATE_PROPERTY));
        Path dir = repositoryRoot().resolve(update ? "docs/screenshots" : "app/target/screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path repositoryRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        return Files.exists(cwd.resolve("app")) ? cwd : cwd.getParent();
    }
}
