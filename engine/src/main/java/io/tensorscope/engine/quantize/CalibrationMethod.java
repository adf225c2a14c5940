package io.tensorscope.engine.quantize;

import java.util.Locale;

/** How a calibrated activation range is chosen from the values seen on calibration samples. */
public enum CalibrationMethod {
    /** The smallest and largest values seen: no clipping, coarse steps when there are outliers. */
    MINMAX,
    /** The 0.01th and 99.99th percentiles: clips rare outliers. */
    PERCENTILE,
    /** The symmetric threshold minimising the KL divergence between the value histogram and its 8-bit version (TensorRT's method). */
    ENTROPY;

    /** @return the method named {@code text} (case-insensitive), e.g. {@code minmax} */
    public static CalibrationMethod parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
