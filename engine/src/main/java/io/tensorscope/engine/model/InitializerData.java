package io.tensorscope.engine.model;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.nio.ByteOrder;

/** Reads the values of a float32 initializer held inside the model ({@code raw_data} or {@code float_data}). */
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
}
