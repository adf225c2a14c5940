package io.tensorscope.engine.quantize;

/**
 * Streaming statistics of one tensor's values over calibration samples, in fixed memory: first pass the range,
 * second pass a histogram of fixed bins over [−absmax, absmax] (2,048 bins by default).
 */
final class ValueHistogram {

    static final int BINS = 2048;

    private float min = Float.POSITIVE_INFINITY;
    private float max = Float.NEGATIVE_INFINITY;
    private long[] counts;
    private float bound;

    /** First pass: widen the range to cover {@code values}. */
    void observeRange(float[] values) {
        for (float v : values) {
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
    }

    /** Second pass (after the range is known): count {@code values} into the bins. */
    void observeHistogram(float[] values) {
        if (counts == null) {
            counts = new long[BINS];
            bound = Math.max(Math.max(Math.abs(min), Math.abs(max)), Float.MIN_NORMAL);
        }
        for (float v : values) {
            int bin = (int) ((v + bound) / (2 * bound) * BINS);
            counts[Math.max(0, Math.min(BINS - 1, bin))]++;
        }
    }

    float min() {
        return min;
    }

    float max() {
        return max;
    }

    /** @return the counts of the second pass (null before it) */
    long[] counts() {
        return counts;
    }

    /** @return the real value at the lower edge of {@code bin} */
    float edge(int bin) {
        return -bound + 2 * bound * bin / BINS;
    }

    /** @return half the histogram's width, max(|min|, |max|) */
    float bound() {
        return bound;
    }
}
