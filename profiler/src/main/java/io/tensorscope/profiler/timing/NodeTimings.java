package io.tensorscope.profiler.timing;

import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.Model;
import java.util.ArrayList;
import java.util.List;

/** Splits each kernel's time among the user's nodes it covers (see {@link NodeTiming} for the rule). */
final class NodeTimings {

    private NodeTimings() {
    }

    /** @return one timing per node of {@code model}, in graph order */
    static List<NodeTiming> attribute(List<KernelTiming> kernels, ModelAnalysis analysis, Model model) {
        int count = model.nodeCount();
        double[] micros = new double[count];
        double[] shares = new double[count];
        String[] kernelOf = new String[count];
        for (KernelTiming k : kernels) {
            List<Integer> nodes = k.nodes();
            long flops = k.flops();
            long bytes = nodes.stream().mapToLong(i -> analysis.nodes().get(i).bytesMoved()).sum();
            for (int i : nodes) {
                NodeCost cost = analysis.nodes().get(i);
                double weight = flops > 0 ? (double) cost.flops() / flops
                        : bytes > 0 ? (double) cost.bytesMoved() / bytes : 1.0 / nodes.size();
                micros[i] = k.micros().median() * weight;
                shares[i] = k.share() * weight;
                kernelOf[i] = k.kernel();
            }
        }
        List<NodeTiming> timings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            timings.add(new NodeTiming(i, model.nodeName(i), model.graph().getNode(i).getOpType(), micros[i], shares[i],
                    kernelOf[i] == null ? "" : kernelOf[i]));
        }
        return timings;
    }
}
