package io.tensorscope.profiler.roofline;

/** Which roof limits a kernel at its arithmetic intensity. */
public enum Bound {
    /** Left of the ridge point: the bandwidth roof is lower than the compute roof. */
    MEMORY,
    /** Right of the ridge point. */
    COMPUTE;

    /** @return lower-case key used in JSON */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
