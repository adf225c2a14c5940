package io.tensorscope.profiler.ceilings;

import java.util.Locale;

/** Arithmetic precision a compute roof is measured for. */
public enum Precision {
    FP32, FP16, INT8;

    /** @return lower-case key used in JSON, e.g. {@code fp32} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
