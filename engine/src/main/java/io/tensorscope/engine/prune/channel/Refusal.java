package io.tensorscope.engine.prune.channel;

/**
 * A layer whose output channels cannot be removed safely, and why.
 *
 * @param node   the layer's name
 * @param reason e.g. {@code its channels reach the graph output logits}
 */
public record Refusal(String node, String reason) {
}
