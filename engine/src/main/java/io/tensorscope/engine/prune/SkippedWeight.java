package io.tensorscope.engine.prune;

/**
 * A weight a pruning pass left as it is, and why.
 *
 * @param nodes  the nodes reading it, separated by commas
 * @param weight the initializer's name
 * @param reason why it was left alone, in words
 */
record SkippedWeight(String nodes, String weight, String reason) {
}
