package io.tensorscope.profiler.experiment;

/**
 * One original node's time before and after a compression pass.
 *
 * @param node         original node name
 * @param opType       its operator
 * @param beforeMicros attributed median time in the original model, µs
 * @param afterMicros  attributed median time of the rewritten nodes working for it, µs
 */
public record NodeDelta(String node, String opType, double beforeMicros, double afterMicros) {

    /** @return before / after (&gt; 1 = faster); infinity when after is 0 and before is not */
    public double speedUp() {
        return afterMicros == 0 ? (beforeMicros == 0 ? 1 : Double.POSITIVE_INFINITY) : beforeMicros / afterMicros;
    }
}
