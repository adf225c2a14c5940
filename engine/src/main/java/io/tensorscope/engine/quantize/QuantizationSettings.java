package io.tensorscope.engine.quantize;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;

/**
 * Everything a compression run needs besides the model.
 *
 * @param mode               the pass
 * @param perChannel         one weight scale per output channel (int8 modes)
 * @param calibration        how activation ranges are chosen (static)
 * @param dataset            calibration data set id or path (static)
 * @param calibrationSamples calibration samples (static), ≥ 1
 * @param exclusions         nodes kept in float
 */
public record QuantizationSettings(QuantizationMode mode, boolean perChannel, CalibrationMethod calibration,
                                   String dataset, int calibrationSamples, Exclusions exclusions) {

    /** Default calibration samples. */
    public static final int DEFAULT_SAMPLES = 500;

    /** @throws TensorscopeException {@code BAD_ARGUMENT} if static mode lacks a data set or samples are out of range */
    public QuantizationSettings validate() throws TensorscopeException {
        if (mode == QuantizationMode.STATIC && (dataset == null || dataset.isBlank())) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "static quantization needs calibration data: --dataset ID");
        }
        if (calibrationSamples < 1 || calibrationSamples > 100_000) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "calibration samples must be 1..100000, not "
                    + calibrationSamples);
        }
        return this;
    }
}
