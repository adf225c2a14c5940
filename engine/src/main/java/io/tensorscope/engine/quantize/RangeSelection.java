package io.tensorscope.engine.quantize;

/** Picks a tensor's quantization range from its {@link ValueHistogram} by a {@link CalibrationMethod}. */
final class RangeSelection {

    static final double PERCENTILE = 99.99;
    private static final int LEVELS = 128;

    private RangeSelection() {
    }

    /** @return {min, max} of the range to quantize */
    static float[] select(ValueHistogram h, CalibrationMethod method) {
        return switch (method) {
            case MINMAX -> new float[] {h.min(), h.max()};
            case PERCENTILE -> percentiles(h);
            case ENTROPY -> {
                float t = entropyThreshold(h);
                yield new float[] {Math.max(h.min(), -t), Math.min(h.max(), t)};
            }
        };
    }

    private static float[] percentiles(ValueHistogram h) {
        long[] counts = h.counts();
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double tail = total * (100 - PERCENTILE) / 100;
        int low = 0;
        long below = 0;
        while (low < counts.length - 1 && below + counts[low] <= tail) {
            below += counts[low++];
        }
        int high = counts.length - 1;
        long above = 0;
        while (high > 0 && above + counts[high] <= tail) {
            above += counts[high--];
        }
        return new float[] {Math.max(h.min(), h.edge(low)), Math.min(h.max(), h.edge(high + 1))};
    }

    /**
     * The symmetric threshold t minimising KL(P‖Q), where P is the histogram of |x| cut at t with the values beyond
     * folded into its last bin, and Q is the same cut histogram without them, squeezed into 128 levels and expanded
     * back (so clipping shows up as divergence), as TensorRT calibrates int8.
     */
    static float entropyThreshold(ValueHistogram h) {
        long[] signed = h.counts();
        int half = signed.length / 2;
        double[] magnitude = new double[half];
        for (int b = 0; b < half; b++) {
            magnitude[b] = signed[half + b] + signed[half - 1 - b];
        }
        double best = Double.POSITIVE_INFINITY;
        int bestCut = half;
        for (int cut = LEVELS; cut <= half; cut += 8) {
            double divergence = divergence(magnitude, cut);
            if (divergence < best) {
                best = divergence;
                bestCut = cut;
            }
        }
        return h.bound() * bestCut / half;
    }

    private static double divergence(double[] magnitude, int cut) {
        double[] p = new double[cut];
        System.arraycopy(magnitude, 0, p, 0, cut);
        for (int b = cut; b < magnitude.length; b++) {
            p[cut - 1] += magnitude[b];
        }
        double[] q = new double[cut];
        double perLevel = (double) cut / LEVELS;
        for (int level = 0; level < LEVELS; level++) {
            int from = (int) Math.floor(level * perLevel);
            int to = level == LEVELS - 1 ? cut : (int) Math.floor((level + 1) * perLevel);
            double sum = 0;
            int nonZero = 0;
            for (int b = from; b < to; b++) {
                sum += magnitude[b];
                nonZero += magnitude[b] > 0 ? 1 : 0;
            }
            for (int b = from; b < to; b++) {
                q[b] = magnitude[b] > 0 ? sum / nonZero : 0;
            }
        }
        double pTotal = 0;
        double qTotal = 0;
        for (int b = 0; b < cut; b++) {
            pTotal += p[b];
            qTotal += q[b];
        }
        if (pTotal == 0 || qTotal == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double kl = 0;
        for (int b = 0; b < cut; b++) {
            if (p[b] > 0) {
                double pb = p[b] / pTotal;
                double qb = q[b] / qTotal;
                kl += qb > 0 ? pb * Math.log(pb / qb) : pb * 20;
            }
        }
        return kl;
    }
}
