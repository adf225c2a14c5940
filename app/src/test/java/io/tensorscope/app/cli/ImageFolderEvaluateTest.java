package io.tensorscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} on a folder of real MNIST digits labelled by name through a {@code classes.txt}: the score is the
 * bundled set's on the same digits, and the output says which rule turned the names into class indices.
 */
class ImageFolderEvaluateTest {

    private static final List<String> NAMES = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");
    private static final int DIGITS = 50;

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void namedLabelsMapThroughTheClassListAndTheRuleIsPrinted() throws Exception {
        LabelledImages mnist = BundledDatasets.mnistTest();
        StringBuilder labels = new StringBuilder("file,label\n");
        for (int i = 0; i < DIGITS; i++) {
            float[] pixels = mnist.batch(i, 1);
            int[] grey = new int[pixels.length];
            for (int p = 0; p < grey.length; p++) {
                grey[p] = Math.round(pixels[p] * 255);
            }
            BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            image.getRaster().setSamples(0, 0, 28, 28, 0, grey);
            ImageIO.write(image, "png", dir.resolve(i + ".png").toFile());
            labels.append(i).append(".png,").append(NAMES.get(mnist.labels()[i])).append('\n');
        }
        Files.writeString(dir.resolve("labels.csv"), labels);
        Files.writeString(dir.resolve("classes.txt"), String.join("\n", NAMES) + "\n");
        Path json = dir.resolve("evaluation.json");

        assertEquals(0, cli.run("evaluate", "mnist-cnn", "--dataset", dir.toString(), "--json", json.toString()),
                cli.err.toString());
        assertTrue(cli.out.toString().contains("classes: class indices from " + dir.resolve("classes.txt")),
                cli.out.toString());
        JsonNode folder = new ObjectMapper().readTree(json.toFile());
        assertEquals("class indices from " + dir.resolve("classes.txt"), folder.path("class_rule").asText());

        Path bundledJson = dir.resolve("bundled.json");
        assertEquals(0, cli.run("evaluate", "mnist-cnn", "--dataset", "mnist", "--samples", "" + DIGITS, "--json",
                bundledJson.toString()), cli.err.toString());
        JsonNode bundled = new ObjectMapper().readTree(bundledJson.toFile());
        assertEquals(bundled.path("value").asDouble(), folder.path("value").asDouble(), 1e-12,
                "the same digits score the same once names map to the right classes");
        assertTrue(folder.path("value").asDouble() > 0.9, folder.toString());
        assertTrue(bundled.path("class_rule").isMissingNode(), "a bundled set has no rule to print");
    }
}
