package io.tensorscope.engine.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Einsum}: the output's dimensions are those of its subscripts ({@code "bij,bjk->bik"}), or, without
 * {@code ->}, the subscripts that appear once, in alphabetical order; an ellipsis stands for the broadcast leading
 * dimensions of the operands ({@link EinsumSubscripts}).
 */
final class EinsumRules {

    private EinsumRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        rules.put("Einsum", EinsumRules::einsum);
    }

    private static void einsum(NodeContext n) {
        List<long[]> operands = new ArrayList<>();
        for (int i = 0; i < n.inputCount(); i++) {
            operands.add(n.dims(i));
        }
        n.set(0, n.type(0), EinsumSubscripts.bind(n.attrString("equation", ""), operands).outputDims());
    }
}
