package io.tensorscope.engine.shape;

/**
 * Thrown by a shape rule when a node's input shapes contradict each other (cannot broadcast, inner
 * dimensions differ, a reshape changes the element count). Usually caused by input sizes the model
 * cannot take; {@link ShapeInference} turns it into a {@code BAD_INPUT_SHAPE} error naming the node.
 */
final class ShapeMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ShapeMismatchException(String message) {
        super(message);
    }
}
