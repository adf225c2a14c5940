package io.tensorscope.engine.model;

import com.google.protobuf.ByteString;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** Builds ONNX initializer tensors (raw little-endian data) and measures them. */
public final class Tensors {

    private Tensors() {
    }

    /** @return a float32 tensor; {@code values.length} must equal the product of {@code dims} */
    public static TensorProto floats(String name, float[] values, long... dims) {
        requireCount(name, values.length, dims);
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return raw(name, ElementType.FLOAT, buffer.array(), dims);
    }

    /** @return an int64 tensor (sizes, indices); {@code values.length} must equal the product of {@code dims} */
    public static TensorProto longs(String name, long[] values, long... dims) {
        requireCount(name, values.length, dims);
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asLongBuffer().put(values);
        return raw(name, ElementType.INT64, buffer.array(), dims);
    }

    /** @return a float16 tensor of IEEE half-precision bit patterns */
    public static TensorProto halves(String name, short[] bits, long... dims) {
        requireCount(name, bits.length, dims);
        ByteBuffer buffer = ByteBuffer.allocate(bits.length * Short.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asShortBuffer().put(bits);
        return raw(name, ElementType.FLOAT16, buffer.array(), dims);
    }

    /** @return an 8-bit tensor ({@link ElementType#INT8} or {@link ElementType#UINT8}) */
    public static TensorProto bytes(String name, ElementType type, byte[] values, long... dims) {
        requireCount(name, values.length, dims);
        return raw(name, type, values, dims);
    }

    /** @return a tensor of {@code type} holding {@code data} as raw bytes */
    public static TensorProto raw(String name, ElementType type, byte[] data, long... dims) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(type.onnxCode())
                .setRawData(ByteString.copyFrom(data));
        Arrays.stream(dims).forEach(t::addDims);
        return t.build();
    }

    /** @return the number of elements of {@code tensor} (1 for a scalar) */
    public static long elementCount(TensorProto tensor) {
        long count = 1;
        for (long d : tensor.getDimsList()) {
            count *= d;
        }
        return count;
    }

    private static void requireCount(String tensor, int length, long[] dims) {
        if (Shape.of(dims).elementCount() != length) {
            throw new IllegalArgumentException("initializer " + tensor + ": " + length + " values for shape "
                    + Shape.of(dims));
        }
    }
}
