package io.tensorscope.engine.diff;

/** How a node of the second model was paired with a node of the first, strongest rule first. */
public enum MatchRule {
    /** the provenance a Tensorscope pass recorded in the node ({@code tensorscope.origin}) */
    PROVENANCE,
    /** the same node name */
    NAME,
    /**
     * the node's name extends the other's by {@code _suffix} (how other tools name what they add: ONNX Runtime's
     * quantizer writes {@code MatMul_quant} for {@code MatMul}); a suffix of digits alone never counts
     */
    NAME_EXTENSION,
    /** the same operator reading the same (already paired) inputs */
    TOPOLOGY;

    /** @return the lower-case name used in text and JSON ({@code name_extension}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
