package io.tensorscope.engine.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The calibration methods on a tensor with outliers: different, sensible ranges. */
class RangeSelectionTest {

    @Test
    void percentileAndEntropyClipOutliersThatMinMaxKeeps() {
        Random random = new Random(11);
        float[] values = new float[200_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        values[7] = 40f;
        values[8] = -25f;
        ValueHistogram h = new ValueHistogram();
        for (int chunk = 0; chunk < 4; chunk++) {
            h.observeRange(slice(values, chunk));
        }
        for (int chunk = 0; chunk < 4; chunk++) {
            h.observeHistogram(slice(values, chunk));
        }
        float[] minMax = RangeSelection.select(h, CalibrationMethod.MINMAX);
        float[] percentile = RangeSelection.select(h, CalibrationMethod.PERCENTILE);
        float[] entropy = RangeSelection.select(h, CalibrationMethod.ENTROPY);

        assertEquals(-25f, minMax[0]);
        assertEquals(40f, minMax[1]);
        assertTrue(percentile[1] > 3 && percentile[1] < 5, "99.99th percentile of N(0,1) ≈ 3.7: " + percentile[1]);
        assertTrue(percentile[0] < -3 && percentile[0] > -5, "0.01th percentile ≈ −3.7: " + percentile[0]);
        assertTrue(entropy[1] > 2 && entropy[1] < 15, "KL threshold clips the outlier: " + entropy[1]);
        assertEquals(-entropy[1], entropy[0], 1e-6, "entropy's range is symmetric");
        assertTrue(Math.abs(entropy[1] - percentile[1]) > 0.05, "the methods differ");

        float step = QuantParams.asymmetricUint8(minMax[0], minMax[1]).scale();
        float clippedStep = QuantParams.asymmetricUint8(percentile[0], percentile[1]).scale();
        assertTrue(clippedStep < step / 5, "clipping buys finer steps for the bulk: " + clippedStep + " vs " + step);
    }

    private static float[] slice(float[] values, int chunk) {
        int n = values.length / 4;
        float[] out = new float[n];
        System.arraycopy(values, chunk * n, out, 0, n);
        return out;
    }
}
