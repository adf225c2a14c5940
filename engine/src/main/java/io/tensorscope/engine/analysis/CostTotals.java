package io.tensorscope.engine.analysis;

/**
 * Sums over all nodes of a model.
 *
 * @param flops        total FLOPs of nodes with a known cost
 * @param params       elements of all initializers that are parameters (weights; see {@code cost.Parameters}), counted once
 * @param bytesWeights bytes of all initializers, by element type
 * @param bytesMoved   bytes read plus written by nodes with a known cost
 * @param unknownNodes nodes whose cost could not be computed
 */
public record CostTotals(long flops, long params, long bytesWeights, long bytesMoved, int unknownNodes) {
}
