package io.tensorscope.app.workbench.summary;

/** What a tensor a node reads or writes is, as the node panel marks it. */
public enum TensorRole {
    /** Fed by the caller. */
    GRAPH_INPUT("graph input"),
    /** An initializer: a weight stored in the model. */
    WEIGHT("weight"),
    /** Written by a {@code Constant} node. */
    CONSTANT("constant"),
    /** Computed by another node. */
    ACTIVATION(""),
    /** Returned to the caller. */
    GRAPH_OUTPUT("graph output"),
    /** An optional input the node leaves out (empty name). */
    OMITTED("omitted");

    private final String label;

    TensorRole(String label) {
        this.label = label;
    }

    /** @return the tag the panel shows ({@code weight}, {@code graph input} …); empty for a plain activation */
    public String label() {
        return label;
    }
}
