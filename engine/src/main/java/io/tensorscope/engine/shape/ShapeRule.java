package io.tensorscope.engine.shape;

/**
 * Infers the outputs of one operator family from its inputs and attributes. A rule sets what it can
 * through {@link NodeContext#set}; outputs it leaves alone stay unknown. It must not fail when an input
 * is unknown (leave the outputs unknown instead), and throws {@link ShapeMismatchException} when known
 * inputs contradict each other.
 */
@FunctionalInterface
interface ShapeRule {

    /** Infers the outputs of {@code node}. */
    void infer(NodeContext node);
}
