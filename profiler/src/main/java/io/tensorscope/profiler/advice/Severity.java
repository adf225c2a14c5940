package io.tensorscope.profiler.advice;

/** How much a finding matters. */
public enum Severity {
    /** something to know, or an opportunity */
    INFO,
    /** something that costs time or blocks a pass */
    WARNING;

    /** @return the lower-case name used in text and JSON */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
