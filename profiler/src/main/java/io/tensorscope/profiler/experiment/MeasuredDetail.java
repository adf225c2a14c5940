package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Provenance;
import io.tensorscope.onnx.Onnx.NodeProto;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.NodeTiming;
import io.tensorscope.profiler.timing.PairedLatency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The per-layer and per-kernel figures of a measured model that a comparison report needs, kept with its experiment
 * so a report can be made later without the model or a new measurement.
 *
 * @param threads intra-op threads it was timed with
 * @param layers  every node of the model, in graph order ({@link KernelTiming#nodes()} index this list)
 * @param kernels what ran, in execution order
 * @param inTurnWithParent its timing in turn with its parent experiment's model (A B A B …); null when not timed so
 */
public record MeasuredDetail(int threads, List<LayerMeasure> layers, List<KernelTiming> kernels,
                             PairedLatency inTurnWithParent) {

    public MeasuredDetail {
        layers = List.copyOf(layers);
        kernels = List.copyOf(kernels);
    }

    /**
     * @return the detail of {@code measured}: each node's time and share from its profile, its provenance, the
     * precision of its weights and their sparsity
     * @throws TensorscopeException when a weight cannot be read
     */
    public static MeasuredDetail of(MeasuredModel measured) throws TensorscopeException {
        List<NodeProto> nodes = measured.model().graph().getNodeList();
        LayerFacts facts = new LayerFacts(measured.model().graph());
        Map<Integer, NodeTiming> timings = new HashMap<>();
        measured.profile().nodes().forEach(t -> timings.put(t.index(), t));
        List<LayerMeasure> layers = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            NodeProto node = nodes.get(i);
            NodeTiming t = timings.get(i);
            String name = measured.model().nodeName(i);
            layers.add(new LayerMeasure(name, node.getOpType(), Provenance.originOf(node).orElse(name),
                    t == null ? 0 : t.medianMicros(), t == null ? 0 : t.share(), t == null ? "" : t.kernel(),
                    facts.precision(node), facts.weightSparsity(node)));
        }
        return new MeasuredDetail(measured.profile().settings().threads(), layers, measured.profile().kernels(), null);
    }

    /** @return the same detail with its timing in turn with its parent's model ({@code paired}, may be null) */
    public MeasuredDetail withInTurn(PairedLatency paired) {
        return new MeasuredDetail(threads, layers, kernels, paired);
    }

    /** @return the node a kernel serves in the original model: the origin of the first node it covers, or its name */
    public String originOf(KernelTiming kernel) {
        Objects.requireNonNull(kernel);
        return kernel.nodes().isEmpty() ? kernel.kernel() : layers.get(kernel.nodes().get(0)).origin();
    }
}
