package io.tensorscope.engine.cost;

/** Counts the operations of one op type from its known shapes (see the table in {@link CostModel}). */
@FunctionalInterface
interface CostRule {

    /** Returned when the attributes do not allow counting. */
    long UNKNOWN = -1;

    /** @return operations of the node, one multiply-add = 2, or {@link #UNKNOWN} */
    long flops(NodeShapes node);
}
