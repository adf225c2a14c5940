package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Shape;

/**
 * What inference knows of one tensor: element type, shape and, for small integer or boolean tensors
 * (shape arithmetic), the values themselves in row-major order.
 *
 * @param type   element type, {@link ElementType#UNDEFINED} if not known
 * @param shape  shape, {@link Shape#unknownRank()} if not known
 * @param values folded values (bool as 0/1), or null when not folded
 */
record TensorFacts(ElementType type, Shape shape, long[] values) {

    /** Largest tensor whose values are folded, in elements. */
    static final int MAX_FOLDED_ELEMENTS = 4096;

    static final TensorFacts UNKNOWN = new TensorFacts(ElementType.UNDEFINED, Shape.unknownRank(), null);

    TensorFacts {
        if (values != null && (!foldable(type) || values.length != shape.elementCount())) {
            values = null;
        }
    }

    /** @return true for the integer and boolean types whose values inference folds */
    static boolean foldable(ElementType type) {
        return switch (type) {
            case INT64, INT32, INT16, INT8, UINT8, UINT16, UINT32, UINT64, BOOL -> true;
            default -> false;
        };
    }
}
