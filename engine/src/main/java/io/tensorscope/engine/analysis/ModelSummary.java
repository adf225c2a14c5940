package io.tensorscope.engine.analysis;

import io.tensorscope.engine.model.TensorInfo;
import java.util.List;
import java.util.Map;

/**
 * What a user wants to know about a model at a glance.
 *
 * @param name          display name
 * @param source        path of the file, or {@code bundled:<id>}
 * @param sourceFormat  format it was read from ({@code onnx}, {@code tfjs-layers})
 * @param irVersion     ONNX IR version
 * @param opsetVersion  opset of the default ONNX domain
 * @param producer      producer name and version, as recorded in the file
 * @param sizeBytes     bytes on disk, including external weight files
 * @param nodeCount     nodes in the main graph
 * @param inputs        graph inputs with the sizes used for the analysis
 * @param outputs       graph outputs with inferred shapes
 * @param opTypeCounts  number of nodes per op type, most frequent first
 */
public record ModelSummary(
        String name,
        String source,
        String sourceFormat,
        long irVersion,
        long opsetVersion,
        String producer,
        long sizeBytes,
        int nodeCount,
        List<TensorInfo> inputs,
        List<TensorInfo> outputs,
        Map<String, Integer> opTypeCounts) {

    public ModelSummary {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        opTypeCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(opTypeCounts));
    }
}
