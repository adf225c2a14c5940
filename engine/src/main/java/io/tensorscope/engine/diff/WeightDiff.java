package io.tensorscope.engine.diff;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Shape;

/**
 * One stored tensor (initializer or {@code Constant} value) of a diff, paired by name, by the node that reads it, or
 * by name extension ({@code W} → {@code W_quantized}).
 *
 * @param change         what became of it
 * @param before         its name in the first model; null when added
 * @param after          its counterpart's name in the second model; null when removed
 * @param typeBefore     element type in the first model; null when added
 * @param typeAfter      element type in the second model; null when removed
 * @param shapeBefore    shape in the first model; null when added
 * @param shapeAfter     shape in the second model; null when removed
 * @param relativeL2     {@code ‖after − before‖₂ / ‖before‖₂} on the values as the model computes with them
 *                       (int8 dequantized with its scale and zero point, fp16 widened); 0 for equal values; NaN when
 *                       they cannot be compared (shape changed, values unreadable, only one side)
 * @param sparsityBefore fraction of exact zeros in the first model's values; NaN when unreadable or absent
 * @param sparsityAfter  the same in the second model
 * @param bytesBefore    storage bytes in the first model; 0 when added
 * @param bytesAfter     storage bytes in the second model; 0 when removed
 * @param serves         for an added tensor, the first model's tensor it was added for ({@code W_scale} serves
 *                       {@code W}); null otherwise
 */
public record WeightDiff(NodeChange change, String before, String after, ElementType typeBefore,
                         ElementType typeAfter, Shape shapeBefore, Shape shapeAfter, double relativeL2,
                         double sparsityBefore, double sparsityAfter, long bytesBefore, long bytesAfter,
                         String serves) {

    /** @return the name to show: the first model's name, or the added tensor's */
    public String name() {
        return before != null ? before : after;
    }
}
