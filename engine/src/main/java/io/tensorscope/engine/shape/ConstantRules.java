package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.onnx.Onnx.AttributeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.Arrays;
import java.util.Map;

/**
 * Operators that make tensors from shapes or attributes: {@code Shape} (with {@code start/end}),
 * {@code Size}, {@code Constant}, {@code ConstantOfShape} and {@code Range}. Their integer results are
 * folded, which is what lets Reshape, Expand and ConstantOfShape targets computed in-graph be known.
 */
final class ConstantRules {

    private ConstantRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("Shape", ConstantRules::shape);
        rules.put("Size", n -> n.set(0, ElementType.INT64, new long[0], new long[] {Dims.count(n.dims(0))}));
        rules.put("Constant", ConstantRules::constant);
        rules.put("ConstantOfShape", ConstantRules::constantOfShape);
        rules.put("Range", ConstantRules::range);
    }

    private static void shape(NodeContext n) {
        long[] in = n.dims(0);
        int start = clampedAxis(n.attrInt("start", 0), in.length);
        int end = clampedAxis(n.attrInt("end", in.length), in.length);
        long[] dims = Arrays.copyOfRange(in, start, Math.max(start, end));
        n.set(0, ElementType.INT64, new long[] {dims.length}, dims);
    }

    private static int clampedAxis(long axis, int rank) {
        long a = axis < 0 ? axis + rank : axis;
        return (int) Math.max(0, Math.min(rank, a));
    }

    private static void constant(NodeContext n) {
        TensorProto tensor = n.attrTensor("value");
        if (tensor != null) {
            TensorFacts facts = TensorValues.facts(tensor);
            n.set(0, facts.type(), facts.shape().dims(), facts.values());
            return;
        }
        AttributeProto a;
        if ((a = n.attribute("value_int")) != null) {
            n.set(0, ElementType.INT64, new long[0], new long[] {a.getI()});
        } else if ((a = n.attribute("value_ints")) != null) {
            n.set(0, ElementType.INT64, new long[] {a.getIntsCount()}, n.attrInts("value_ints"));
        } else if (n.attribute("value_float") != null) {
            n.set(0, ElementType.FLOAT, new long[0]);
        } else if ((a = n.attribute("value_floats")) != null) {
            n.set(0, ElementType.FLOAT, new long[] {a.getFloatsCount()});
        }
    }

    /** Sizes from input 0's values; element type and fill value from the {@code value} attribute (float 0). */
    private static void constantOfShape(NodeContext n) {
        long[] dims = n.values(0);
        TensorProto value = n.attrTensor("value");
        TensorFacts fill = value == null ? null : TensorValues.facts(value);
        ElementType type = fill == null ? ElementType.FLOAT : fill.type();
        long count = Dims.count(dims);
        long[] values = null;
        if (fill != null && fill.values() != null && count <= TensorFacts.MAX_FOLDED_ELEMENTS) {
            values = new long[(int) count];
            Arrays.fill(values, fill.values()[0]);
        }
        n.set(0, type, dims, values);
    }

    /** {@code max(ceil((limit − start) / delta), 0)} elements; integer ranges only (float ranges stay unknown). */
    private static void range(NodeContext n) {
        long start = n.values(0)[0];
        long limit = n.values(1)[0];
        long delta = n.values(2)[0];
        if (delta == 0) {
            throw n.mismatch("delta 0");
        }
        long count = Math.max(Dims.ceilDiv(limit - start, delta), 0);
        long[] values = null;
        if (count <= TensorFacts.MAX_FOLDED_ELEMENTS) {
            values = new long[(int) count];
            for (int i = 0; i < count; i++) {
                values[i] = start + i * delta;
            }
        }
        n.set(0, n.type(0), new long[] {count}, values);
    }
}
