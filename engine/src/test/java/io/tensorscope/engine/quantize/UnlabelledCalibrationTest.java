package io.tensorscope.engine.quantize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import io.tensorscope.engine.runtime.TensorData;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static int8 calibrates from a folder of images without labels: calibration needs inputs, not answers. */
class UnlabelledCalibrationTest {

    @TempDir
    Path dir;

    @Test
    void aFolderWithoutLabelsCalibratesOnItsImagesInNameOrder() throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        LabelledImages mnist = BundledDatasets.mnistTest();
        for (int i = 0; i < 60; i++) {
            float[] pixels = mnist.batch(i, 1);
            BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            int[] grey = new int[pixels.length];
            for (int p = 0; p < grey.length; p++) {
                grey[p] = Math.round(pixels[p] * 255);
            }
            image.getRaster().setSamples(0, 0, 28, 28, 0, grey);
            ImageIO.write(image, "png", dir.resolve(String.format("digit-%03d.png", i)).toFile());
        }
        Files.writeString(dir.resolve("notes.txt"), "not an image: left out");
        try (CalibrationData data = CalibrationData.of(cnn, dir.toString(), 55)) {
            assertEquals(55, data.samples());
            assertEquals(2, data.count(), "batches of 50, then 5");
            List<TensorData> first = data.batches().batch(0);
            float[] expected = mnist.batch(0, 50);
            float[] got = first.get(0).floats();
            assertEquals(expected.length, got.length);
            for (int i = 0; i < got.length; i++) {
                assertEquals(expected[i], got[i], 0.5 / 255 + 1e-6, "pixel " + i + ": the PNG holds the digit");
            }
            assertArrayEquals(new long[] {5, 28, 28, 1}, data.batches().batch(1).get(0).shape().dims());
        }
        Files.createDirectories(dir.resolve("empty"));
        TensorscopeException none = assertThrows(TensorscopeException.class,
                () -> CalibrationData.of(cnn, dir.resolve("empty").toString(), 10));
        assertEquals(ErrorCode.BAD_ARGUMENT, none.code());
        assertTrue(none.getMessage().contains("holds no PNG or JPEG image"), none.getMessage());
    }
}
