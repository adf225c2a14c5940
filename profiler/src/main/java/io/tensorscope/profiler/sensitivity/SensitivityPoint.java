package io.tensorscope.profiler.sensitivity;

/**
 * One layer with the pass applied to it alone at one level, measured.
 *
 * @param layer       the layer's node name
 * @param level       the pass's level (e.g. sparsity 0.5), or NaN for a pass without one (quantization)
 * @param metricValue the score, 0..1 for accuracies
 * @param deltaPoints the score minus the original's, percentage points (negative: worse)
 * @param latencyMs   median latency, ms (1 thread)
 * @param speedUp     the original's median latency, timed right after this variant, over this one's (2 = twice as
 *                    fast)
 * @param fidelity    mean cosine of the variant's embeddings to the original's (text models), NaN otherwise
 */
public record SensitivityPoint(String layer, double level, double metricValue, double deltaPoints, double latencyMs,
                               double speedUp, double fidelity) {
}
