package io.tensorscope.engine.quantize;

import java.util.List;

/**
 * What a compression pass did.
 *
 * @param pass          pass name, e.g. {@code dynamic-int8}
 * @param converted     names of the nodes it rewrote
 * @param excluded      names of the nodes it could have rewritten but left in float (exclusion list)
 * @param tensors       the quantization of every tensor it quantized
 * @param bytesBefore   serialized model size before, bytes
 * @param bytesAfter    serialized model size after, bytes
 * @param notes         anything the user should know (e.g. why a precision may run slower here)
 */
public record PassReport(String pass, List<String> converted, List<String> excluded, List<TensorQuantization> tensors,
                         long bytesBefore, long bytesAfter, List<String> notes) {

    public PassReport {
        converted = List.copyOf(converted);
        excluded = List.copyOf(excluded);
        tensors = List.copyOf(tensors);
        notes = List.copyOf(notes);
    }

    /** @return size after as a fraction of size before */
    public double sizeRatio() {
        return bytesBefore == 0 ? 1 : (double) bytesAfter / bytesBefore;
    }
}
