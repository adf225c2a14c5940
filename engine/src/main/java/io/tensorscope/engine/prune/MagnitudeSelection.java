package io.tensorscope.engine.prune;

import java.util.List;

/**
 * Zeroes the {@code count} smallest magnitudes among one or more float arrays taken as one sequence (the arrays in
 * order, each from index 0): exact to one value, ties at the threshold broken by position (earlier first). Values
 * already zero are the smallest, so they count towards {@code count}. The threshold is found by a two-pass radix
 * selection on the bits of {@code |w|} (monotone for non-negative floats), in time linear in the number of values
 * and without sorting them; NaN magnitudes rank above every number and are never zeroed before one.
 */
final class MagnitudeSelection {

    private static final int HALF_BITS = 16;
    private static final int BUCKETS = 1 << HALF_BITS;
    private static final int LOW_MASK = BUCKETS - 1;

    private MagnitudeSelection() {
    }

    /**
     * Sets the {@code count} smallest {@code |w|} of {@code arrays} to {@code +0}, in place.
     *
     * @param arrays the values, modified
     * @param count  how many to zero, 0 to the total number of values
     */
    static void zeroSmallest(List<float[]> arrays, long count) {
        long total = arrays.stream().mapToLong(a -> a.length).sum();
        if (count < 0 || count > total) {
            throw new IllegalArgumentException("cannot zero " + count + " of " + total + " values");
        }
        if (count == 0) {
            return;
        }
        long[] high = new long[BUCKETS];
        for (float[] values : arrays) {
            for (float v : values) {
                high[magnitudeBits(v) >>> HALF_BITS]++;
            }
        }
        int highBucket = bucketHolding(high, count);
        long below = countBelow(high, highBucket);
        long[] low = new long[BUCKETS];
        for (float[] values : arrays) {
            for (float v : values) {
                int bits = magnitudeBits(v);
                if (bits >>> HALF_BITS == highBucket) {
                    low[bits & LOW_MASK]++;
                }
            }
        }
        int lowBucket = bucketHolding(low, count - below);
        below += countBelow(low, lowBucket);
        int threshold = highBucket << HALF_BITS | lowBucket;
        long ties = count - below;
        for (float[] values : arrays) {
            for (int i = 0; i < values.length; i++) {
                int bits = magnitudeBits(values[i]);
                if (bits < threshold || bits == threshold && ties-- > 0) {
                    values[i] = 0f;
                }
            }
        }
    }

    /** @return the bits of {@code |v|}: ordered as the magnitudes are, -0 and +0 alike */
    private static int magnitudeBits(float v) {
        return Float.floatToRawIntBits(v) & Integer.MAX_VALUE;
    }

    /** @return the first bucket at which the running count reaches {@code rank} (1-based) */
    private static int bucketHolding(long[] histogram, long rank) {
        long seen = 0;
        for (int b = 0; b < histogram.length; b++) {
            seen += histogram[b];
            if (seen >= rank) {
                return b;
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + seen + " values");
    }

    private static long countBelow(long[] histogram, int bucket) {
        long sum = 0;
        for (int b = 0; b < bucket; b++) {
            sum += histogram[b];
        }
        return sum;
    }
}
