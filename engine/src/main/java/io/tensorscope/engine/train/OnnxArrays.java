package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.onnx.Onnx.TensorProto;

/** Copies ONNX tensors held in a model (float32 or int64) into NDArrays. */
final class OnnxArrays {

    private OnnxArrays() {
    }

    /**
     * @return {@code tensor}'s values in an array of its shape, owned by {@code manager}
     * @throws TensorscopeException {@code UNSUPPORTED_OPERATOR} for another element type or external data
     */
    static NDArray of(TensorProto tensor, NDManager manager) throws TensorscopeException {
        Shape shape = new Shape(tensor.getDimsList().stream().mapToLong(Long::longValue).toArray());
        ElementType type = ElementType.fromOnnx(tensor.getDataType());
        return switch (type) {
            case FLOAT -> manager.create(InitializerData.floats(tensor), shape);
            case INT64 -> manager.create(InitializerData.longs(tensor), shape);
            default -> throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "constant '" + tensor.getName()
                    + "' is " + type.displayName() + "; the trainer reads float32 and int64 constants");
        };
    }
}
