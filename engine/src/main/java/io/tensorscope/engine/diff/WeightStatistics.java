package io.tensorscope.engine.diff;

import io.tensorscope.engine.model.Shape;

/** What a diff says about a tensor's values: its sparsity and how far another version of it moved. */
final class WeightStatistics {

    private WeightStatistics() {
    }

    /** @return fraction of exact zeros; NaN for no values */
    static double sparsity(float[] values) {
        if (values == null || values.length == 0) {
            return Double.NaN;
        }
        long zeros = 0;
        for (float v : values) {
            if (v == 0f) {
                zeros++;
            }
        }
        return (double) zeros / values.length;
    }

    /**
     * @return {@code ‖y − x‖₂ / ‖x‖₂} (0 when both are all zeros, infinite when only {@code x} is); the values of a
     * 2-D tensor stored transposed are compared transposed; NaN when either is unreadable or the shapes differ otherwise
     */
    static double relativeL2(float[] x, Shape xShape, float[] y, Shape yShape) {
        if (x == null || y == null || x.length != y.length) {
            return Double.NaN;
        }
        boolean transposed = !xShape.equals(yShape);
        if (transposed && !(xShape.rank() == 2 && yShape.rank() == 2 && xShape.dim(0) == yShape.dim(1)
                && xShape.dim(1) == yShape.dim(0))) {
            return Double.NaN;
        }
        int rows = transposed ? (int) xShape.dim(0) : 1;
        int columns = transposed ? (int) xShape.dim(1) : x.length;
        double difference = 0;
        double norm = 0;
        for (int i = 0; i < x.length; i++) {
            float other = transposed ? y[(i % columns) * rows + i / columns] : y[i];
            double d = (double) other - x[i];
            difference += d * d;
            norm += (double) x[i] * x[i];
        }
        if (norm == 0) {
            return difference == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(difference / norm);
    }
}
