package io.tensorscope.engine.shape;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Reads the facts of a constant tensor (initializer or {@code Constant} value), folding small integer ones. */
final class TensorValues {

    private TensorValues() {
    }

    /** @return type, shape and, for small integer/bool tensors stored inline, the values */
    static TensorFacts facts(TensorProto tensor) {
        ElementType type = ElementType.fromOnnx(tensor.getDataType());
        long[] dims = tensor.getDimsList().stream().mapToLong(Long::longValue).toArray();
        long count = Dims.count(dims);
        long[] values = TensorFacts.foldable(type) && count <= TensorFacts.MAX_FOLDED_ELEMENTS
                ? read(tensor, type, (int) count) : null;
        return new TensorFacts(type, Shape.of(dims), values);
    }

    private static long[] read(TensorProto tensor, ElementType type, int count) {
        if (tensor.hasRawData()) {
            return raw(tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN), type, count);
        }
        if (type == ElementType.INT64 && tensor.getInt64DataCount() == count) {
            return tensor.getInt64DataList().stream().mapToLong(Long::longValue).toArray();
        }
        if (type == ElementType.UINT64 && tensor.getUint64DataCount() == count) {
            return tensor.getUint64DataList().stream().mapToLong(Long::longValue).toArray();
        }
        if (tensor.getInt32DataCount() == count) {
            return tensor.getInt32DataList().stream().mapToLong(Integer::longValue).toArray();
        }
        return null;
    }

    private static long[] raw(ByteBuffer buffer, ElementType type, int count) {
        if (buffer.remaining() != type.bytesFor(count)) {
            return null;
        }
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = switch (type) {
                case INT64, UINT64 -> buffer.getLong();
                case INT32 -> buffer.getInt();
                case UINT32 -> Integer.toUnsignedLong(buffer.getInt());
                case INT16 -> buffer.getShort();
                case UINT16 -> Short.toUnsignedInt(buffer.getShort());
                case INT8 -> buffer.get();
                default -> Byte.toUnsignedInt(buffer.get());
            };
        }
        return values;
    }
}
