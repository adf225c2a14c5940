package io.tensorscope.engine.diff;

import io.tensorscope.engine.cost.Parameters;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.NameExtensions;
import io.tensorscope.engine.model.Shape;
import io.tensorscope.engine.model.Tensors;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.onnx.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the stored weights of two models (initializers, and the weights Constant nodes hold, by the tensor they
 * write) — by name, then by the position they hold in paired nodes, then by name extension when the element count
 * agrees ({@code W} → {@code W_quantized}) — and compares each pair's values; an
 * unpaired tensor of the second model that extends a first-model name ({@code W_scale}) serves that tensor.
 */
final class WeightPairing {

    private final Model before;
    private final Model after;
    private final Map<String, TensorProto> beforeTensors = new LinkedHashMap<>();
    private final Map<String, TensorProto> afterTensors = new LinkedHashMap<>();
    private final Map<String, String> partnerOfAfter = new HashMap<>();
    private final Map<String, String> partnerOfBefore = new HashMap<>();
    private final Map<String, WeightDiff> diffsByBefore = new HashMap<>();

    private WeightPairing(Model before, Model after) {
        this.before = before;
        this.after = after;
        collect(before, beforeTensors);
        collect(after, afterTensors);
    }

    /** Puts {@code model}'s stored weights in {@code into}: its initializers, then the weights of its Constant nodes. */
    private static void collect(Model model, Map<String, TensorProto> into) {
        model.graph().getInitializerList().forEach(t -> into.putIfAbsent(t.getName(), t));
        Parameters.constantWeights(model).forEach((name, t) -> into.putIfAbsent(name, t.toBuilder().setName(name).build()));
    }

    /** @return the pairing of {@code after}'s initializers with {@code before}'s, given the node pairing */
    static WeightPairing of(Model before, Model after, NodeMatching nodes) {
        WeightPairing pairing = new WeightPairing(before, after);
        pairing.afterTensors.keySet().stream().filter(pairing.beforeTensors::containsKey).toList()
                .forEach(name -> pairing.pair(name, name));
        pairing.byNodePosition(nodes);
        pairing.byExtension();
        return pairing;
    }

    /** @return the name of the second model's tensor paired with {@code beforeName}; null when none */
    String partnerOfBefore(String beforeName) {
        return partnerOfBefore.get(beforeName);
    }

    /** @return the diff of the first model's tensor {@code beforeName}; null when it is not an initializer */
    WeightDiff diffOfBefore(String beforeName) {
        return diffsByBefore.get(beforeName);
    }

    /** @return whether {@code name} is an initializer of the first model */
    boolean isBeforeWeight(String name) {
        return beforeTensors.containsKey(name);
    }

    /** @return whether {@code name} is an initializer of the second model */
    boolean isAfterWeight(String name) {
        return afterTensors.containsKey(name);
    }

    /** @return one diff per tensor: the first model's in order (paired or removed), then the second's added ones */
    List<WeightDiff> diffs() {
        WeightValues beforeValues = new WeightValues(before.index());
        WeightValues afterValues = new WeightValues(after.index());
        List<WeightDiff> diffs = new ArrayList<>();
        for (TensorProto a : beforeTensors.values()) {
            String partner = partnerOfBefore.get(a.getName());
            WeightDiff diff = partner == null ? removed(a, beforeValues)
                    : compared(a, afterTensors.get(partner), beforeValues, afterValues);
            diffsByBefore.put(a.getName(), diff);
            diffs.add(diff);
        }
        for (TensorProto b : afterTensors.values()) {
            if (!partnerOfAfter.containsKey(b.getName())) {
                float[] values = afterValues.of(b);
                diffs.add(new WeightDiff(NodeChange.ADDED, null, b.getName(), null, type(b), null, shape(b), Double.NaN,
                        Double.NaN, WeightStatistics.sparsity(values), 0, WeightValues.bytes(b), extendedName(b.getName())));
            }
        }
        return diffs;
    }

    private void pair(String beforeName, String afterName) {
        partnerOfBefore.put(beforeName, afterName);
        partnerOfAfter.put(afterName, beforeName);
    }

    private void byNodePosition(NodeMatching nodes) {
        for (int j = 0; j < after.nodeCount(); j++) {
            int i = nodes.partnerOfAfter(j);
            if (i < 0) {
                continue;
            }
            NodeProto a = before.graph().getNode(i);
            NodeProto b = after.graph().getNode(j);
            for (int k = 0; k < Math.min(a.getInputCount(), b.getInputCount()); k++) {
                String x = a.getInput(k);
                String y = b.getInput(k);
                if (beforeTensors.containsKey(x) && afterTensors.containsKey(y) && !partnerOfBefore.containsKey(x)
                        && !partnerOfAfter.containsKey(y)) {
                    pair(x, y);
                }
            }
        }
    }

    private void byExtension() {
        for (TensorProto b : afterTensors.values()) {
            String extended = partnerOfAfter.containsKey(b.getName()) ? null : extendedName(b.getName());
            if (extended != null && !partnerOfBefore.containsKey(extended)
                    && Tensors.elementCount(beforeTensors.get(extended)) == Tensors.elementCount(b)) {
                pair(extended, b.getName());
            }
        }
    }

    /** @return the longest first-model weight name that {@code name} extends by {@code _suffix}; null if none */
    private String extendedName(String name) {
        return NameExtensions.extended(name, beforeTensors::containsKey, suffix -> true);
    }

    private static WeightDiff removed(TensorProto a, WeightValues values) {
        return new WeightDiff(NodeChange.REMOVED, a.getName(), null, type(a), null, shape(a), null, Double.NaN,
                WeightStatistics.sparsity(values.of(a)), Double.NaN, WeightValues.bytes(a), 0, null);
    }

    private static WeightDiff compared(TensorProto a, TensorProto b, WeightValues beforeValues, WeightValues afterValues) {
        float[] x = beforeValues.of(a);
        float[] y = afterValues.of(b);
        double relativeL2 = WeightStatistics.relativeL2(x, shape(a), y, shape(b));
        boolean same = type(a) == type(b) && shape(a).equals(shape(b))
                && (relativeL2 == 0 || Double.isNaN(relativeL2) && a.toByteString().equals(b.toBuilder().setName(a.getName()).build().toByteString()));
        return new WeightDiff(same ? NodeChange.UNCHANGED : NodeChange.CHANGED, a.getName(), b.getName(), type(a),
                type(b), shape(a), shape(b), relativeL2, WeightStatistics.sparsity(x), WeightStatistics.sparsity(y),
                WeightValues.bytes(a), WeightValues.bytes(b), null);
    }

    private static ElementType type(TensorProto t) {
        return ElementType.fromOnnx(t.getDataType());
    }

    private static Shape shape(TensorProto t) {
        return Shape.of(t.getDimsList().stream().mapToLong(Long::longValue).toArray());
    }
}
