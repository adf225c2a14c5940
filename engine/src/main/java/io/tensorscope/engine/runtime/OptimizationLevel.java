package io.tensorscope.engine.runtime;

/** ONNX Runtime graph optimisation level. {@link #NONE} keeps the original nodes, so timings map 1:1 to the graph. */
public enum OptimizationLevel {
    /** No graph optimisation. */
    NONE("NO_OPT"),
    /** Constant folding and redundant-node elimination. */
    BASIC("BASIC_OPT"),
    /** All optimisations, fusions included: what a user deploys. */
    ALL("ALL_OPT");

    private final String ortName;

    OptimizationLevel(String ortName) {
        this.ortName = ortName;
    }

    /** @return the name ONNX Runtime's {@code OptLevel} enum uses */
    public String ortName() {
        return ortName;
    }
}
