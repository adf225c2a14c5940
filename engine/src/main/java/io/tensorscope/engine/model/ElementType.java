package io.tensorscope.engine.model;

/** Element type of a tensor, numbered as ONNX {@code TensorProto.DataType}, with its storage width. */
public enum ElementType {
    UNDEFINED(0, 0), FLOAT(1, 32), UINT8(2, 8), INT8(3, 8), UINT16(4, 16), INT16(5, 16), INT32(6, 32),
    INT64(7, 64), STRING(8, 0), BOOL(9, 8), FLOAT16(10, 16), DOUBLE(11, 64), UINT32(12, 32), UINT64(13, 64),
    COMPLEX64(14, 64), COMPLEX128(15, 128), BFLOAT16(16, 16), FLOAT8E4M3FN(17, 8), FLOAT8E4M3FNUZ(18, 8),
    FLOAT8E5M2(19, 8), FLOAT8E5M2FNUZ(20, 8), UINT4(21, 4), INT4(22, 4);

    private final int onnxCode;
    private final int bits;

    ElementType(int onnxCode, int bits) {
        this.onnxCode = onnxCode;
        this.bits = bits;
    }

    /** @return the ONNX {@code TensorProto.DataType} number */
    public int onnxCode() {
        return onnxCode;
    }

    /** @return storage width of one element in bits (0 for strings and undefined) */
    public int bits() {
        return bits;
    }

    /** @return bytes needed to store {@code elements} elements, rounded up to whole bytes */
    public long bytesFor(long elements) {
        return (elements * bits + 7) / 8;
    }

    /** @return true for floating-point types (including fp8/fp16/bf16) */
    public boolean isFloatingPoint() {
        return switch (this) {
            case FLOAT, FLOAT16, DOUBLE, BFLOAT16, FLOAT8E4M3FN, FLOAT8E4M3FNUZ, FLOAT8E5M2, FLOAT8E5M2FNUZ -> true;
            default -> false;
        };
    }

    /** @return the type with this ONNX number, or {@link #UNDEFINED} for numbers we do not know */
    public static ElementType fromOnnx(int code) {
        for (ElementType t : values()) {
            if (t.onnxCode == code) {
                return t;
            }
        }
        return UNDEFINED;
    }

    /** @return the lower-case ONNX-style name ({@code float}, {@code int64}, {@code float16}) */
    public String displayName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
