package io.tensorscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.evaluate.DatasetEvaluator;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Fashion-MNIST, read from the gzipped IDX files of the Debian package: both splits, balanced, real pixels. */
class FashionMnistTest {

    @Test
    void trainingSplitHas6000ImagesPerClass() throws Exception {
        assertBalanced(BundledDatasets.fashionMnistTrain(), 60_000);
    }

    @Test
    void testSplitHas1000ImagesPerClassAndIsWhatImagesTestReads() throws Exception {
        LabelledImages test = BundledDatasets.fashionMnistTest();
        assertBalanced(test, 10_000);
        assertEquals("Ankle boot", test.labelNames().get(test.labels()[0]), "the first test image is an ankle boot");
        assertArrayEquals(test.labels(), BundledDatasets.imagesTest(BundledDatasets.FASHION_MNIST).labels());
    }

    /** The MNIST digit CNN was never trained on clothes: it scores far below its 99 % on digits. */
    @Test
    void theMnistCnnScoresLowOnFashionMnist() throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        Evaluation e = DatasetEvaluator.evaluate(cnn, null, BundledDatasets.FASHION_MNIST, 0, 1, ProgressListener.NONE);
        System.err.printf("mnist-cnn on fashion-mnist: %.4f top-1 over %d images%n", e.value(), e.samples());
        assertEquals(10_000, e.samples());
        assertTrue(e.value() > 0.02 && e.value() < 0.4, "accuracy " + e.value());
    }

    private static void assertBalanced(LabelledImages images, int count) {
        assertEquals(count, images.count());
        assertEquals(28, images.height());
        assertEquals(28, images.width());
        assertEquals(BundledDatasets.FASHION_MNIST_CLASSES, images.labelNames());
        int[] perClass = new int[10];
        for (int label : images.labels()) {
            perClass[label]++;
        }
        int[] expected = new int[10];
        Arrays.fill(expected, count / 10);
        assertArrayEquals(expected, perClass);
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        double sum = 0;
        for (float p : images.pixels()) {
            min = Math.min(min, p);
            max = Math.max(max, p);
            sum += p;
        }
        assertEquals(0f, min);
        assertEquals(1f, max);
        double mean = sum / images.pixels().length;
        assertTrue(mean > 0.25 && mean < 0.32, "mean grey level " + mean + " (published: 0.286)");
    }
}
