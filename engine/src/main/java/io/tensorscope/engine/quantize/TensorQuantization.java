package io.tensorscope.engine.quantize;

import java.util.List;

/**
 * How one tensor was quantized, for the report and the UI.
 *
 * @param tensor     tensor name in the original graph
 * @param role       {@code weight} (quantized offline) or {@code activation} (at run time or by calibration)
 * @param params     one entry per tensor, or per output channel
 * @param rangeMin   smallest real value seen (weights) or calibrated; NaN for dynamic activations
 * @param rangeMax   largest real value seen or calibrated; NaN for dynamic activations
 */
public record TensorQuantization(String tensor, String role, List<QuantParams> params, float rangeMin, float rangeMax) {

    public TensorQuantization {
        params = List.copyOf(params);
    }

    /** @return whether it has one scale per output channel */
    public boolean perChannel() {
        return params.size() > 1;
    }
}
