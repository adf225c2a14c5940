package io.tensorscope.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real MNIST test digits written as PNG files, listed in the test set's own order (7, 2, 1, 0, …: not first-seen
 * sorted), score on a folder exactly as on the bundled set — the labels are class indices, not first-seen ids.
 */
class ImageFolderAccuracyTest {

    private static final int DIGITS = 200;

    @TempDir
    static Path dir;

    private static Model cnn;
    private static LabelledImages mnist;

    @BeforeAll
    static void writeDigits() throws Exception {
        cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        mnist = BundledDatasets.mnistTest();
        StringBuilder labels = new StringBuilder("file,label\n");
        for (int i = 0; i < DIGITS; i++) {
            float[] pixels = mnist.batch(i, 1);
            BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            int[] grey = new int[pixels.length];
            for (int p = 0; p < grey.length; p++) {
                grey[p] = Math.round(pixels[p] * 255);
            }
            image.getRaster().setSamples(0, 0, 28, 28, 0, grey);
            ImageIO.write(image, "png", dir.resolve(i + ".png").toFile());
            labels.append(i).append(".png,").append(mnist.labels()[i]).append('\n');
        }
        Files.writeString(dir.resolve("labels.csv"), labels);
    }

    @Test
    void aFolderOfRealDigitsScoresAsTheBundledSet() throws Exception {
        Evaluation folder = DatasetEvaluator.evaluate(cnn, null, dir.toString(), 0, 1, ProgressListener.NONE);
        Evaluation bundled = DatasetEvaluator.evaluate(cnn, null, BundledDatasets.MNIST, DIGITS, 1, ProgressListener.NONE);
        assertEquals(DIGITS, folder.samples());
        assertEquals(bundled.value(), folder.value(), 1e-12, "same digits, same classes, same score");
        assertTrue(folder.value() > 0.97, "top-1 " + folder.value());
    }

    @Test
    void aLabelTheModelCannotOutputIsRefused(@TempDir Path other) throws Exception {
        Files.copy(dir.resolve("0.png"), other.resolve("0.png"));
        Files.writeString(other.resolve("labels.csv"), "file,label\n0.png,12\n");
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> DatasetEvaluator.evaluate(cnn, null, other.toString(), 0, 1, ProgressListener.NONE));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertTrue(e.getMessage().contains("labelled '12' (class 12), but mnist-cnn outputs 10 classes"), e.getMessage());
    }
}
