package io.tensorscope.app.workbench.summary;

import io.tensorscope.app.workbench.shared.ShapeText;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.TensorProto;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Formats a node attribute for reading: integer lists as {@code [1, 1]}, floats in their shortest exact form
 * ({@code 1e-5}, not {@code 9.99999974738E-6}), strings as they are, tensors as type and shape (with the values of
 * a tiny float32 or int64 tensor), subgraphs by name.
 */
public final class AttributeText {

    /** Tensors with at most this many elements show their values. */
    static final int MAX_VALUES_SHOWN = 8;

    private AttributeText() {
    }

    /** @return the attribute's value as one line */
    public static String of(AttributeProto attribute) {
        return switch (attribute.getType()) {
            case INT -> Long.toString(attribute.getI());
            case FLOAT -> number(attribute.getF());
            case STRING -> attribute.getS().toStringUtf8();
            case TENSOR -> tensor(attribute.getT());
            case GRAPH -> "graph " + attribute.getG().getName();
            case INTS -> list(attribute.getIntsList(), String::valueOf);
            case FLOATS -> list(attribute.getFloatsList(), AttributeText::number);
            case STRINGS -> list(attribute.getStringsList(), s -> s.toStringUtf8());
            case TENSORS -> list(attribute.getTensorsList(), AttributeText::tensor);
            case GRAPHS -> list(attribute.getGraphsList(), g -> "graph " + g.getName());
            default -> untyped(attribute);
        };
    }

    /** @return the shortest decimal that reads back as {@code value}: {@code 1}, {@code 0.5}, {@code 1e-5}, {@code 3.4e+38} */
    public static String number(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return Float.toString(value);
        }
        String shortest = Float.toString(value);
        int exponent = shortest.indexOf('E');
        if (exponent < 0) {
            return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
        }
        String mantissa = new BigDecimal(shortest.substring(0, exponent)).stripTrailingZeros().toPlainString();
        int power = Integer.parseInt(shortest.substring(exponent + 1));
        return mantissa + (power < 0 ? "e" : "e+") + power;
    }

    /** @return e.g. {@code float [64 × 1 × 3 × 3]}, or {@code int64 [2] = [1, -1]} for a tiny tensor */
    public static String tensor(TensorProto tensor) {
        ElementType type = ElementType.fromOnnx(tensor.getDataType());
        String typed = ShapeText.typed(type, Shape.of(tensor.getDimsList().stream().mapToLong(Long::longValue).toArray()));
        long elements = tensor.getDimsList().stream().mapToLong(Long::longValue).reduce(1, Math::multiplyExact);
        if (elements > MAX_VALUES_SHOWN) {
            return typed;
        }
        try {
            if (type == ElementType.INT64) {
                return typed + " = " + Arrays.toString(InitializerData.longs(tensor));
            }
            if (type == ElementType.FLOAT) {
                float[] values = InitializerData.floats(tensor);
                return typed + " = " + IntStream.range(0, values.length).mapToObj(i -> number(values[i]))
                        .collect(Collectors.joining(", ", "[", "]"));
            }
        } catch (TensorscopeException notInline) {
            return typed;
        }
        return typed;
    }

    private static <T> String list(List<T> values, Function<T, String> format) {
        return values.stream().map(format).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Old exporters leave the type unset: go by the field that holds a value. */
    private static String untyped(AttributeProto a) {
        if (a.getIntsCount() > 0) {
            return list(a.getIntsList(), String::valueOf);
        }
        if (a.getFloatsCount() > 0) {
            return list(a.getFloatsList(), AttributeText::number);
        }
        if (a.hasT()) {
            return tensor(a.getT());
        }
        if (a.hasS()) {
            return a.getS().toStringUtf8();
        }
        if (a.hasF()) {
            return number(a.getF());
        }
        return Long.toString(a.getI());
    }
}
