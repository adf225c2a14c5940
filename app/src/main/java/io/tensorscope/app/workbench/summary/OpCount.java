package io.tensorscope.app.workbench.summary;

/**
 * A bar of the op-type histogram.
 *
 * @param opType   ONNX op type
 * @param count    nodes of that type
 * @param fraction count relative to the most frequent op type, 0..1
 */
public record OpCount(String opType, int count, double fraction) {
}
