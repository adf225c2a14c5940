package io.tensorscope.app.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Writes PNG snapshots of scenes to {@code target/screenshots} (copied to docs/screenshots by hand). */
final class Screenshots {

    private Screenshots() {
    }

    static void save(Scene scene, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        new FxRobot().interact(() -> image[0] = scene.snapshot(null));
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", folder.resolve(name).toFile());
    }
}
