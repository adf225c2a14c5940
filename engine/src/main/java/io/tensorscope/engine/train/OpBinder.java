package io.tensorscope.engine.train;

import io.tensorscope.engine.TensorscopeException;

/** Reads a node's attributes once and returns the op that computes it, or refuses attributes it cannot honour. */
@FunctionalInterface
interface OpBinder {

    /**
     * @return the node as an op
     * @throws TensorscopeException {@code UNSUPPORTED_OPERATOR} naming the node when an attribute cannot be honoured
     */
    NodeOp bind(NodeSpec spec) throws TensorscopeException;
}
