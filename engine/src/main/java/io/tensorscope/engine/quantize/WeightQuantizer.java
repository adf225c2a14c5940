package io.tensorscope.engine.quantize;

import java.util.ArrayList;
import java.util.List;

/**
 * Quantizes a weight matrix to symmetric int8, per tensor or per output channel. Rows are the reduction axis and
 * columns the output channels for a MatMul weight [K, N]; for a Conv or Gemm(transB) weight [N, ...] the output
 * channel is the first axis ({@code channelAxisFirst}).
 */
final class WeightQuantizer {

    /** The quantized weight: int8 values in the original layout and one {@link QuantParams} per channel. */
    record Quantized(byte[] values, List<QuantParams> params, float min, float max) {

        /** @return the scale of each channel (one value when per tensor) */
        float[] scales() {
            float[] scales = new float[params.size()];
            for (int c = 0; c < scales.length; c++) {
                scales[c] = params.get(c).scale();
            }
            return scales;
        }
    }

    private WeightQuantizer() {
    }

    /**
     * @param weights          row-major values
     * @param channels         output channels (N)
     * @param channelAxisFirst whether channels are the first axis ([N, ...]) rather than the last ([K, N])
     * @param perChannel       one scale per channel instead of one for the tensor
     */
    static Quantized quantize(float[] weights, int channels, boolean channelAxisFirst, boolean perChannel) {
        int perChannelCount = weights.length / channels;
        float[] min = new float[perChannel ? channels : 1];
        float[] max = new float[perChannel ? channels : 1];
        float globalMin = Float.POSITIVE_INFINITY;
        float globalMax = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < weights.length; i++) {
            int c = perChannel ? channelOf(i, channels, perChannelCount, channelAxisFirst) : 0;
            min[c] = Math.min(min[c], weights[i]);
            max[c] = Math.max(max[c], weights[i]);
            globalMin = Math.min(globalMin, weights[i]);
            globalMax = Math.max(globalMax, weights[i]);
        }
        List<QuantParams> params = new ArrayList<>(min.length);
        for (int c = 0; c < min.length; c++) {
            params.add(QuantParams.symmetricInt8(min[c], max[c]));
        }
        byte[] values = new byte[weights.length];
        for (int i = 0; i < weights.length; i++) {
            int c = perChannel ? channelOf(i, channels, perChannelCount, channelAxisFirst) : 0;
            values[i] = (byte) params.get(c).quantize(weights[i]);
        }
        return new Quantized(values, params, globalMin, globalMax);
    }

    private static int channelOf(int index, int channels, int perChannelCount, boolean channelAxisFirst) {
        return channelAxisFirst ? index / perChannelCount : index % channels;
    }
}
