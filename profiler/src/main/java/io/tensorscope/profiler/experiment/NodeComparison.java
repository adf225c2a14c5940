package io.tensorscope.profiler.experiment;

import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.NodeTiming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-node before/after timing of a compressed model against its original, on the original's nodes. */
public final class NodeComparison {

    private NodeComparison() {
    }

    /**
     * @param original        the original graph
     * @param rewritten       the compressed graph
     * @param before          the original's profile
     * @param after           the compressed model's profile
     * @return one row per original node that took time before or after, the most time before first
     */
    public static List<NodeDelta> of(GraphProto original, GraphProto rewritten, ModelProfile before, ModelProfile after) {
        Map<String, String> origins = NodeOrigins.of(original, rewritten);
        Map<String, Double> afterMicros = new HashMap<>();
        for (NodeTiming t : after.nodes()) {
            String origin = origins.get(t.name());
            if (origin != null) {
                afterMicros.merge(origin, t.medianMicros(), Double::sum);
            }
        }
        List<NodeDelta> rows = new ArrayList<>();
        for (NodeTiming t : before.nodes()) {
            double a = afterMicros.getOrDefault(t.name(), 0.0);
            if (t.medianMicros() > 0 || a > 0) {
                rows.add(new NodeDelta(t.name(), t.opType(), t.medianMicros(), a));
            }
        }
        rows.sort(Comparator.comparingDouble(NodeDelta::beforeMicros).reversed());
        return rows;
    }
}
