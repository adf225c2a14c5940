package io.tensorscope.profiler.ceilings;

/** A level of the memory hierarchy, nearest the core first. */
public enum MemoryLevel {
    L1, L2, L3, DRAM;

    /** @return lower-case key used in JSON, e.g. {@code l1}, {@code dram} */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
