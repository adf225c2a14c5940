package io.tensorscope.engine.runtime;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Shape;

/**
 * A named tensor's values, row-major: {@code float32} data in {@code floats} or {@code int64} data in
 * {@code longs} (the other is null). Arrays are shared, not copied: treat them as read-only.
 *
 * @param name   input or output name
 * @param shape  fully known shape
 * @param floats float32 values, or null
 * @param longs  int64 values, or null
 */
public record TensorData(String name, Shape shape, float[] floats, long[] longs) {

    /** @return a float32 tensor */
    public static TensorData ofFloats(String name, float[] values, long... dims) {
        return new TensorData(name, checked(Shape.of(dims), values.length), values, null);
    }

    /** @return an int64 tensor */
    public static TensorData ofLongs(String name, long[] values, long... dims) {
        return new TensorData(name, checked(Shape.of(dims), values.length), null, values);
    }

    /** @return the element type ({@code FLOAT} or {@code INT64}) */
    public ElementType type() {
        return floats != null ? ElementType.FLOAT : ElementType.INT64;
    }

    private static Shape checked(Shape shape, int length) {
        if (shape.elementCount() != length) {
            throw new IllegalArgumentException(length + " values do not fill shape " + shape);
        }
        return shape;
    }
}
