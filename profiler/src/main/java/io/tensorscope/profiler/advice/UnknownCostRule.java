package io.tensorscope.profiler.advice;

import io.tensorscope.engine.cost.NodeCost;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Nodes whose cost is unknown (an operator without a rule, a shape that could not be inferred): totals leave them out. */
final class UnknownCostRule implements AdviceRule {

    @Override
    public String id() {
        return "unknown-cost";
    }

    @Override
    public List<Finding> check(AdviceInput input) {
        List<NodeCost> unknown = input.analysis().nodes().stream().filter(n -> !n.costKnown()).toList();
        if (unknown.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> byOp = new TreeMap<>();
        unknown.forEach(n -> byOp.merge(n.opType(), 1, Integer::sum));
        return List.of(new Finding(id(), Severity.WARNING, unknown.size() + " node" + (unknown.size() == 1 ? "" : "s")
                        + " of unknown cost: FLOPs and bytes leave them out",
                "by operator: " + byOp, "give the input sizes the model runs at (--input NAME=D1xD2); an operator "
                        + "without a cost rule is listed in README's coverage table",
                unknown.stream().map(NodeCost::name).toList()));
    }
}
