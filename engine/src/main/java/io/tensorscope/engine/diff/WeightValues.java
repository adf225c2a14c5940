package io.tensorscope.engine.diff;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphIndex;
import io.tensorscope.engine.model.Half;
import io.tensorscope.engine.model.InitializerData;
import io.tensorscope.engine.model.NodeAttributes;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The values a stored tensor stands for, as float: float32 as stored, float16 widened, and int8/uint8 dequantized with
 * the scale and zero point the graph applies to them — those of the {@code DequantizeLinear} that reads them, else
 * the {@code _scale} and {@code _zero_point} tensors named after them ({@code W_quantized} → {@code W_scale},
 * {@code W_zero_point}, the naming of ONNX Runtime's quantizer and ours).
 */
final class WeightValues {

    private static final String QUANTIZED_SUFFIX = "_quantized";

    private final GraphIndex index;

    WeightValues(GraphIndex index) {
        this.index = index;
    }

    /** @return the values, row-major; null when they cannot be read (external data, other types, no scale found) */
    float[] of(TensorProto tensor) {
        if (tensor.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            return null;
        }
        ElementType type = ElementType.fromOnnx(tensor.getDataType());
        return switch (type) {
            case FLOAT -> floats(tensor);
            case FLOAT16 -> halves(tensor);
            case INT8, UINT8 -> dequantized(tensor, type);
            default -> null;
        };
    }

    /** @return the values of a float32 tensor held in the model; null for any other */
    private static float[] floats(TensorProto tensor) {
        try {
            return InitializerData.floats(tensor);
        } catch (TensorscopeException e) {
            return null;
        }
    }

    private static float[] halves(TensorProto tensor) {
        float[] values;
        if (!tensor.getRawData().isEmpty()) {
            ByteBuffer raw = tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            values = new float[raw.remaining() / Short.BYTES];
            for (int i = 0; i < values.length; i++) {
                values[i] = Half.toFloat(raw.getShort());
            }
        } else {
            values = new float[tensor.getInt32DataCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Half.toFloat((short) tensor.getInt32Data(i));
            }
        }
        return values;
    }

    /** @return the 8-bit values as integers (signed for int8, 0–255 for uint8) */
    private static int[] integers(TensorProto tensor, ElementType type) {
        int[] values;
        if (!tensor.getRawData().isEmpty()) {
            byte[] raw = tensor.getRawData().toByteArray();
            values = new int[raw.length];
            for (int i = 0; i < raw.length; i++) {
                values[i] = type == ElementType.UINT8 ? Byte.toUnsignedInt(raw[i]) : raw[i];
            }
        } else {
            values = tensor.getInt32DataList().stream().mapToInt(Integer::intValue).toArray();
        }
        return values;
    }

    private float[] dequantized(TensorProto tensor, ElementType type) {
        TensorProto scale;
        TensorProto zeroPoint;
        long axis;
        NodeProto dequantize = index.consumers(tensor.getName()).stream()
                .filter(n -> n.getOpType().equals("DequantizeLinear") && n.getInput(0).equals(tensor.getName()))
                .findFirst().orElse(null);
        if (dequantize != null) {
            scale = index.constantValue(dequantize.getInput(1));
            zeroPoint = dequantize.getInputCount() > 2 ? index.constantValue(dequantize.getInput(2)) : null;
            axis = NodeAttributes.intOr(dequantize, "axis", 1);
            axis = axis < 0 ? axis + tensor.getDimsCount() : axis;
        } else {
            String name = tensor.getName();
            String base = name.endsWith(QUANTIZED_SUFFIX) ? name.substring(0, name.length() - QUANTIZED_SUFFIX.length()) : name;
            scale = index.constantValue(base + "_scale");
            zeroPoint = index.constantValue(base + "_zero_point");
            axis = scale == null ? -1 : broadcastAxis(scale, tensor.getDimsCount());
        }
        float[] scales = scale == null ? null : floats(scale);
        if (scales == null) {
            return null;
        }
        int[] zeros = zeroPoint == null ? new int[scales.length]
                : integers(zeroPoint, ElementType.fromOnnx(zeroPoint.getDataType()));
        int[] q = integers(tensor, type);
        long[] dims = tensor.getDimsList().stream().mapToLong(Long::longValue).toArray();
        int channelAxis = scales.length == 1 ? -1 : channelAxis(dims, scales.length, axis);
        if (scales.length > 1 && (channelAxis < 0 || zeros.length != scales.length)) {
            return null;
        }
        long inner = 1;
        for (int d = channelAxis + 1; d < dims.length && channelAxis >= 0; d++) {
            inner *= dims[d];
        }
        float[] values = new float[q.length];
        for (int i = 0; i < q.length; i++) {
            int c = channelAxis < 0 ? 0 : (int) ((i / inner) % scales.length);
            values[i] = (q[i] - zeros[c]) * scales[c];
        }
        return values;
    }

    /** @return the one axis of size above 1 of a scale shaped to broadcast against a tensor of {@code rank}; else -1 */
    private static long broadcastAxis(TensorProto scale, int rank) {
        if (scale.getDimsCount() != rank || rank < 2) {
            return -1;
        }
        long axis = -1;
        for (int d = 0; d < rank; d++) {
            if (scale.getDims(d) > 1) {
                if (axis >= 0) {
                    return -1;
                }
                axis = d;
            }
        }
        return axis;
    }

    /**
     * @return the axis per-channel scales run along: {@code given} when it is not -1, else the last axis whose size
     * is the number of scales (our 1-D scales run along the last axis); -1 when none fits
     */
    private static int channelAxis(long[] dims, int channels, long given) {
        if (given >= 0) {
            return given < dims.length && dims[(int) given] == channels ? (int) given : -1;
        }
        for (int d = dims.length - 1; d >= 0; d--) {
            if (dims[d] == channels) {
                return d;
            }
        }
        return -1;
    }

    /** @return storage bytes of the tensor's values */
    static long bytes(TensorProto tensor) {
        return ElementType.fromOnnx(tensor.getDataType()).bytesFor(Tensors.elementCount(tensor));
    }
}
