package io.tensorscope.engine.train;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The operators a {@link GraphNetwork} rebuilds, by ONNX op type (default domain). */
final class TrainableOps {

    private static final Map<String, OpBinder> BINDERS = binders();

    private TrainableOps() {
    }

    /** @return the binder for {@code opType}, or null if the trainer cannot rebuild it */
    static OpBinder binder(String opType) {
        return BINDERS.get(opType);
    }

    /** @return the supported op types, sorted */
    static Set<String> supported() {
        return Collections.unmodifiableSet(BINDERS.keySet());
    }

    private static Map<String, OpBinder> binders() {
        Map<String, OpBinder> ops = new TreeMap<>();
        ConvOps.register(ops);
        PoolOps.register(ops);
        NormOps.register(ops);
        MatrixOps.register(ops);
        ElementwiseOps.register(ops);
        ReduceOps.register(ops);
        ShapeOps.register(ops);
        return ops;
    }
}
