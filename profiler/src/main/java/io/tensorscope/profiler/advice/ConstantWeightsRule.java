package io.tensorscope.profiler.advice;

import io.tensorscope.engine.cost.Parameters;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Weights kept in Constant nodes rather than initializers (paddle2onnx's way): counted, but worth knowing. */
final class ConstantWeightsRule implements AdviceRule {

    @Override
    public String id() {
        return "constant-weights";
    }

    @Override
    public List<Finding> check(AdviceInput input) {
        Map<String, TensorProto> weights = Parameters.constantWeights(input.model());
        if (weights.isEmpty()) {
            return List.of();
        }
        long elements = weights.values().stream().mapToLong(Parameters::elements).sum();
        List<String> nodes = input.model().graph().getNodeList().stream()
                .filter(n -> n.getOutputCount() == 1 && weights.containsKey(n.getOutput(0)))
                .map(n -> n.getName()).toList();
        return List.of(new Finding(id(), Severity.INFO, String.format(Locale.ROOT,
                        "%d weight%s kept in Constant nodes", weights.size(), weights.size() == 1 ? " is" : "s are"),
                String.format(Locale.ROOT, "%,d parameters in Constants; they count as weights here", elements),
                "nothing to do for Tensorscope (every pipeline moves them into initializers first); other tools may "
                        + "miss them: save a pipeline's output to get initializers", nodes));
    }
}
