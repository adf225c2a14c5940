package io.tensorscope.engine.diff;

import java.util.List;

/**
 * One node of a diff: a node of the first model with its counterpart in the second (unchanged, changed, removed),
 * or a node only the second model has (added).
 *
 * @param change   what became of it
 * @param before   its name in the first model; null when added
 * @param after    its counterpart's name in the second model; null when removed
 * @param opBefore operator in the first model; null when added
 * @param opAfter  operator in the second model; null when removed
 * @param rule     how the pair was matched; null when added or removed
 * @param serves   for an added node, the node of the first model it was added for (by provenance or name
 *                 extension); null when it serves none known
 * @param reasons  for a changed node, what differs, one short phrase each ({@code op MatMul → MatMulInteger})
 */
public record NodeDiff(NodeChange change, String before, String after, String opBefore, String opAfter,
                       MatchRule rule, String serves, List<String> reasons) {

    /** @return the name to show: the first model's name, or the added node's */
    public String name() {
        return before != null ? before : after;
    }
}
