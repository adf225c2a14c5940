package io.tensorscope.profiler.experiment;

/**
 * One node of a measured model, as a report's per-layer table needs it, kept without the model.
 *
 * @param name           node name
 * @param opType         ONNX operator
 * @param origin         the node of the original model it serves (its provenance; itself when no pass added it)
 * @param medianMicros   attributed median time, µs (0 when the runtime folded it away)
 * @param share          attributed fraction of the total kernel time, 0..1
 * @param kernel         the kernel that ran it, or empty when folded or eliminated
 * @param precision      the arithmetic its weights are stored in: {@code int8}, {@code fp16} or {@code fp32}
 * @param weightSparsity fraction of zeros among its float weights (initializers of 2 or more dimensions), 0..1;
 *                       NaN when it has none
 */
public record LayerMeasure(String name, String opType, String origin, double medianMicros, double share, String kernel,
                           String precision, double weightSparsity) {
}
