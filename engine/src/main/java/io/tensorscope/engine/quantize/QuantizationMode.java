package io.tensorscope.engine.quantize;

import java.util.Locale;

/** Which compression pass to run. */
public enum QuantizationMode {
    /** int8 weights now, activations at run time ({@link DynamicInt8Pass}). */
    DYNAMIC,
    /** int8 weights and calibrated activations in QDQ form ({@link StaticQdqPass}). */
    STATIC,
    /** float16 weights and compute ({@link Fp16Pass}). */
    FP16;

    /** @return lower-case name used on the command line */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
