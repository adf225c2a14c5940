package io.tensorscope.engine.model;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.Printable;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.TensorProto;

/**
 * Checks, at load, that every stored tensor ({@link StoredTensors}: initializers, Constant values, subgraphs too) is what its
 * header says: dims not negative, an element count that fits in a long and below {@value #MAX_ELEMENTS}, and values
 * whose amount matches it (raw bytes, or the typed field's count, or the external data's length), so a corrupt
 * file is refused with one line instead of showing "-16 params" or 16 TiB of weights, or reaching ONNX Runtime.
 */
public final class TensorChecks {

    /** Most elements one tensor may declare (2^40: 4 TiB of float32, far past any real model). */
    public static final long MAX_ELEMENTS = 1L << 40;

    private TensorChecks() {
    }

    /** @throws TensorscopeException {@code INVALID_MODEL} naming the first tensor that is inconsistent */
    public static void check(GraphProto graph) throws TensorscopeException {
        for (TensorProto t : StoredTensors.of(graph)) {
            check(t);
        }
    }

    /** @return the element count {@code t}'s dims declare */
    private static long elements(TensorProto t) throws TensorscopeException {
        long n = 1;
        for (long d : t.getDimsList()) {
            if (d < 0) {
                throw invalid(t, "has a negative dimension " + d + " in " + t.getDimsList());
            }
            try {
                n = Math.multiplyExact(n, d);
            } catch (ArithmeticException e) {
                throw invalid(t, "declares more elements than fit in a long: " + t.getDimsList());
            }
        }
        if (n > MAX_ELEMENTS) {
            throw invalid(t, "declares " + n + " elements (" + t.getDimsList() + "), beyond any real model");
        }
        return n;
    }

    private static void check(TensorProto t) throws TensorscopeException {
        long n = elements(t);
        ElementType type = ElementType.fromOnnx(t.getDataType());
        if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            checkExternal(t, type, n);
            return;
        }
        if (!t.getRawData().isEmpty()) {
            if (type.bits() > 0 && t.getRawData().size() != type.bytesFor(n)) {
                throw invalid(t, "holds " + t.getRawData().size() + " bytes, but " + t.getDimsList() + " "
                        + type.displayName() + " needs " + type.bytesFor(n));
            }
            return;
        }
        long stored = typedCount(t, type);
        if (stored >= 0 && stored != n) {
            throw invalid(t, "holds " + stored + " values, but its dims " + t.getDimsList() + " declare " + n);
        }
    }

    /** @return how many values the typed field of {@code type} holds, or -1 when the field is not checked here */
    private static long typedCount(TensorProto t, ElementType type) {
        return switch (type) {
            case FLOAT -> t.getFloatDataCount();
            case DOUBLE -> t.getDoubleDataCount();
            case INT64 -> t.getInt64DataCount();
            case INT32, INT16, INT8, UINT16, UINT8, BOOL, FLOAT16, BFLOAT16 -> t.getInt32DataCount();
            case UINT32, UINT64 -> t.getUint64DataCount();
            case STRING -> t.getStringDataCount();
            default -> -1;
        };
    }

    private static void checkExternal(TensorProto t, ElementType type, long n) throws TensorscopeException {
        long length = ExternalLocation.of(t).length();
        if (length >= 0 && type.bits() > 0 && length != type.bytesFor(n)) {
            throw invalid(t, "has " + length + " bytes of external data, but " + t.getDimsList() + " "
                    + type.displayName() + " needs " + type.bytesFor(n));
        }
    }

    private static TensorscopeException invalid(TensorProto t, String what) {
        return new TensorscopeException(ErrorCode.INVALID_MODEL, "tensor '" + Printable.of(t.getName()) + "' " + what);
    }
}
