package io.tensorscope.engine.quantize;

/**
 * Affine quantization of a real range onto integers: {@code q = clamp(round(x / scale) + zeroPoint, qmin, qmax)},
 * {@code x ≈ (q − zeroPoint) · scale}.
 *
 * @param scale     real value of one integer step, &gt; 0
 * @param zeroPoint the integer that represents real 0
 * @param qmin      smallest integer (0 for uint8, −128 for int8)
 * @param qmax      largest integer (255 for uint8, 127 for int8)
 */
public record QuantParams(float scale, int zeroPoint, int qmin, int qmax) {

    /**
     * Asymmetric uint8, the textbook formula: scale = (max − min) / (2^8 − 1), zero point = round(−min / scale).
     * The range is widened to include 0 so that 0 is exact (padding, ReLU outputs).
     */
    public static QuantParams asymmetricUint8(float min, float max) {
        float lo = Math.min(min, 0f);
        float hi = Math.max(max, 0f);
        float scale = hi > lo ? (hi - lo) / 255f : 1f;
        int zeroPoint = Math.round(-lo / scale);
        return new QuantParams(scale, Math.max(0, Math.min(255, zeroPoint)), 0, 255);
    }

    /**
     * Symmetric int8 (weights): scale = max(|min|, |max|) / q, zero point 0, where q is 127, or 63 on a CPU whose int8
     * products saturate ({@link WeightRange}).
     */
    public static QuantParams symmetricInt8(float min, float max) {
        float bound = Math.max(Math.abs(min), Math.abs(max));
        int q = WeightRange.QMAX;
        return new QuantParams(bound > 0 ? bound / q : 1f, 0, -q, q);
    }

    /** @return {@code x} quantized, clamped to [qmin, qmax] */
    public int quantize(float x) {
        long q = Math.round(x / scale) + zeroPoint;
        return (int) Math.max(qmin, Math.min(qmax, q));
    }

    /** @return the real value {@code q} stands for */
    public float dequantize(int q) {
        return (q - zeroPoint) * scale;
    }
}
