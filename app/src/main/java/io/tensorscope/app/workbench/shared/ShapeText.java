package io.tensorscope.app.workbench.shared;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Shape;

import java.util.ArrayList;
import java.util.List;

/** Formats tensor shapes and types the one way the workbench shows them: {@code float [1 × 28 × 28]}. */
public final class ShapeText {

    private ShapeText() {
    }

    /**
     * @return the sizes joined by " × " ({@code 1 × 64 × 28 × 28}); an unknown size prints its symbol or "?", an
     * unknown rank "?", a scalar "scalar"
     */
    public static String dims(Shape shape) {
        return joined(shape, " × ");
    }

    /** @return the sizes joined by "×" without spaces ({@code 1×64×28×28}), short enough for an edge label */
    public static String compact(Shape shape) {
        return joined(shape, "×");
    }

    private static String joined(Shape shape, String separator) {
        if (!shape.hasRank()) {
            return "?";
        }
        if (shape.rank() == 0) {
            return "scalar";
        }
        List<String> dims = new ArrayList<>();
        for (int i = 0; i < shape.rank(); i++) {
            long size = shape.dim(i);
            dims.add(size >= 0 ? Long.toString(size) : shape.symbol(i) != null ? shape.symbol(i) : "?");
        }
        return String.join(separator, dims);
    }

    /** @return e.g. {@code float [1 × 28 × 28]}, the type left out when it is not known */
    public static String typed(ElementType type, Shape shape) {
        String dims = "[" + dims(shape) + "]";
        return type == ElementType.UNDEFINED ? dims : type.displayName() + " " + dims;
    }
}
