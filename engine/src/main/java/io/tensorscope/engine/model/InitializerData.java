package io.tensorscope.engine.model;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.nio.ByteOrder;

/** Reads the values of a float32 or int64 tensor held inside the model ({@code raw_data} or the typed field). */
public final class InitializerData {

    private InitializerData() {
    }

    /**
     * @return the values, row-major
     * @throws TensorscopeException {@code UNSUPPORTED_OPERATOR} if the tensor is not float32 or its data lives in
     *                              an external file
     */
    public static float[] floats(TensorProto tensor) throws TensorscopeException {
        if (tensor.getDataType() != ElementType.FLOAT.onnxCode()) {
            throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "weights '" + tensor.getName()
                    + "' are " + ElementType.fromOnnx(tensor.getDataType()).displayName() + ", only float32 is supported here");
        }
        if (tensor.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "weights '" + tensor.getName()
                    + "' live in an external file; this path needs them inside the .onnx");
        }
        if (!tensor.getRawData().isEmpty()) {
            float[] values = new float[tensor.getRawData().size() / Float.BYTES];
            tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            return values;
        }
        float[] values = new float[tensor.getFloatDataCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = tensor.getFloatData(i);
        }
        return values;
    }

    /**
     * @return the values of an int64 tensor (a shape, axes), row-major
     * @throws TensorscopeException {@code UNSUPPORTED_OPERATOR} if the tensor is not int64 or lives in an external file
     */
    public static long[] longs(TensorProto tensor) throws TensorscopeException {
        if (tensor.getDataType() != ElementType.INT64.onnxCode() || tensor.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "'" + tensor.getName() + "' is not an int64 "
                    + "tensor inside the model");
        }
        if (!tensor.getRawData().isEmpty()) {
            long[] values = new long[tensor.getRawData().size() / Long.BYTES];
            tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(values);
            return values;
        }
        return tensor.getInt64DataList().stream().mapToLong(Long::longValue).toArray();
    }
}
