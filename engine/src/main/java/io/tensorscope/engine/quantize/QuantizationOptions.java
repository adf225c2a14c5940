package io.tensorscope.engine.quantize;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.engine.pass.PassOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The options the quantization passes share: per-channel weights and the nodes kept in float. */
final class QuantizationOptions {

    static final String PER_CHANNEL_NAME = "per-channel";
    static final String EXCLUDE_NODES_NAME = "exclude-nodes";
    static final String EXCLUDE_OPS_NAME = "exclude-ops";

    static final PassOption PER_CHANNEL = PassOption.bool(PER_CHANNEL_NAME, true,
            "One weight scale per output channel (usually more accurate) instead of one per tensor");
    static final PassOption EXCLUDE_NODES = PassOption.list(EXCLUDE_NODES_NAME,
            "Node names left in float (mixed precision), separated by commas");
    static final PassOption EXCLUDE_OPS = PassOption.list(EXCLUDE_OPS_NAME,
            "Operator types left in float, e.g. Softmax,Gemm");

    private QuantizationOptions() {
    }

    /** @return {@code first}, then the two exclusion options */
    static List<PassOption> withExclusions(PassOption... first) {
        List<PassOption> options = new java.util.ArrayList<>(List.of(first));
        options.add(EXCLUDE_NODES);
        options.add(EXCLUDE_OPS);
        return List.copyOf(options);
    }

    /**
     * @return the nodes {@code options} keep in float
     * @throws TensorscopeException {@code BAD_ARGUMENT} when a named node, or operator type, is not in {@code model}
     */
    static Exclusions exclusions(PassOptions options, Model model) throws TensorscopeException {
        Set<String> nodes = new HashSet<>(options.list(EXCLUDE_NODES_NAME));
        Set<String> present = new HashSet<>();
        model.graph().getNodeList().forEach(n -> present.add(n.getName()));
        for (String node : options.list(EXCLUDE_NODES_NAME)) {
            if (!present.contains(node)) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "the nodes to keep in float name no node of "
                        + model.name() + ": " + node);
            }
        }
        Set<String> ops = new TreeSet<>();
        model.graph().getNodeList().forEach(n -> ops.add(n.getOpType()));
        for (String op : options.list(EXCLUDE_OPS_NAME)) {
            if (!ops.contains(op)) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "the operator types to keep in float name no "
                        + "operator of " + model.name() + ": " + op + " (it has " + String.join(", ", ops) + ")");
            }
        }
        return new Exclusions(nodes, new HashSet<>(options.list(EXCLUDE_OPS_NAME)));
    }
}
