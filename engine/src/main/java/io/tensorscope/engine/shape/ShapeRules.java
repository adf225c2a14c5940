package io.tensorscope.engine.shape;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Registry of shape rules keyed by op type of the default ONNX domain; each family registers its ops. */
final class ShapeRules {

    private static final Map<String, ShapeRule> RULES = build();
    private static final Map<String, ShapeRule> CONTRIB = contrib();
    /** ONNX Runtime's contrib operator domain. */
    static final String MICROSOFT = "com.microsoft";

    private ShapeRules() {
    }

    private static Map<String, ShapeRule> build() {
        Map<String, ShapeRule> rules = new HashMap<>();
        UnaryRules.register(rules);
        BroadcastRules.register(rules);
        MatMulRules.register(rules);
        ConvRules.register(rules);
        PoolRules.register(rules);
        ReshapeRules.register(rules);
        GatherSliceRules.register(rules);
        ConcatSplitRules.register(rules);
        ConstantRules.register(rules);
        ReduceRules.register(rules);
        MovementRules.register(rules);
        RecurrentRules.register(rules);
        ResizeRules.register(rules);
        EinsumRules.register(rules);
        return Map.copyOf(rules);
    }

    private static Map<String, ShapeRule> contrib() {
        Map<String, ShapeRule> rules = new HashMap<>();
        ContribRules.register(rules);
        return Map.copyOf(rules);
    }

    /** @return the rule for an op type of {@code domain} (the default, or com.microsoft), or null if none */
    static ShapeRule forOp(String domain, String opType) {
        boolean defaultDomain = domain.isEmpty() || domain.equals("ai.onnx");
        return defaultDomain ? RULES.get(opType) : domain.equals(MICROSOFT) ? CONTRIB.get(opType) : null;
    }

    /** @return the op types of com.microsoft that have a rule, sorted */
    static Set<String> contribOpTypes() {
        return new TreeSet<>(CONTRIB.keySet());
    }

    /** @return the rule for an op type of the default domain, or null if none */
    static ShapeRule forOp(String opType) {
        return RULES.get(opType);
    }

    /** @return the op types that have a rule, sorted */
    static Set<String> opTypes() {
        return new TreeSet<>(RULES.keySet());
    }
}
