package io.tensorscope.engine.diff;

/** What became of a node, or of a stored tensor, between the two models of a diff. */
public enum NodeChange {
    /** matched, and nothing about it differs */
    UNCHANGED,
    /** matched, but its operator, attributes, inputs or weights differ (or passes rewrote it into other nodes) */
    CHANGED,
    /** only in the second model */
    ADDED,
    /** only in the first model */
    REMOVED;

    /** @return the lower-case name used in text and JSON ({@code changed}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
