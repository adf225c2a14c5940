package io.tensorscope.engine.model;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.Printable;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.onnx.Onnx.StringStringEntryProto;
import io.tensorscope.onnx.Onnx.TensorProto;

/**
 * Where a tensor stored as external data keeps its values: its {@code external_data} entries, read once and checked
 * (numbers, not negative), for the loader that opens the file and the checks that compare the length with the dims.
 *
 * @param location the file, relative to the model's folder, or null when the tensor names none
 * @param offset   first byte, 0 when not given
 * @param length   bytes, -1 when not given (to the end of the file)
 */
public record ExternalLocation(String location, long offset, long length) {

    /**
     * @return the entries of {@code t}
     * @throws TensorscopeException {@code INVALID_MODEL} for an offset or length that is not a number or is negative
     */
    public static ExternalLocation of(TensorProto t) throws TensorscopeException {
        String location = null;
        long offset = 0;
        long length = -1;
        for (StringStringEntryProto e : t.getExternalDataList()) {
            switch (e.getKey()) {
                case "location" -> location = e.getValue();
                case "offset" -> offset = bytes(t, e);
                case "length" -> length = bytes(t, e);
                default -> { }
            }
        }
        return new ExternalLocation(location, offset, length);
    }

    private static long bytes(TensorProto t, StringStringEntryProto e) throws TensorscopeException {
        long value;
        try {
            value = Long.parseLong(e.getValue().trim());
        } catch (NumberFormatException ex) {
            throw invalid(t, "has a non-numeric external " + e.getKey() + ": " + Printable.of(e.getValue()));
        }
        if (value < 0) {
            throw invalid(t, "has a negative external " + e.getKey() + " " + value);
        }
        return value;
    }

    private static TensorscopeException invalid(TensorProto t, String what) {
        return new TensorscopeException(ErrorCode.INVALID_MODEL, "tensor '" + Printable.of(t.getName()) + "' " + what);
    }
}
