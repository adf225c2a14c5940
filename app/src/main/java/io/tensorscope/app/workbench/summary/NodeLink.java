package io.tensorscope.app.workbench.summary;

/**
 * A node the node panel links to (a producer, a consumer, a node a fused kernel covers); following it selects the node.
 *
 * @param index  position of the node in the graph's node list
 * @param name   its display name
 * @param opType its op type
 */
public record NodeLink(int index, String name, String opType) {
}
