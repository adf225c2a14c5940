package io.tensorscope.app.workbench;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
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
        boolean update = "update".equals(System.getProperty(UPDATE_PROPERTY));
        Path dir = repositoryRoot().resolve(update ? "docs/screenshots" : "app/target/screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }

    private static Path repositoryRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        return Files.exists(cwd.resolve("app")) ? cwd : cwd.getParent();
    }
}
