package io.tensorscope.engine.prune.channel;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.quantize.CalibrationData;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.Runner;
import io.tensorscope.engine.runtime.Runners;
import io.tensorscope.engine.runtime.TensorData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The activation criterion: a channel's importance is the mean |activation| of its layers' outputs on sample inputs
 * (summed over the group's layers), read by running the model with those outputs exposed, batch by batch.
 */
final class ActivationScores {

    private ActivationScores() {
    }

    /** @return one score per channel of each group, from {@code data}'s batches */
    static List<double[]> of(Model model, List<ChannelGroup> groups, CalibrationData data, Runners runners,
                             ProgressListener progress) throws TensorscopeException {
        Set<String> tensors = new LinkedHashSet<>();
        groups.forEach(g -> g.roots().forEach(r -> tensors.add(model.graph().getNode(r).getOutput(0))));
        List<String> exposed = List.copyOf(tensors);
        int first = model.outputs().size();
        List<double[]> sums = new ArrayList<>();
        groups.forEach(g -> sums.add(new double[g.channels()]));
        try (Runner runner = runners.open(model.exposing(exposed), RunOptions.builder()
                .optimization(OptimizationLevel.NONE).build())) {
            for (int b = 0; b < data.count(); b++) {
                progress.checkCancelled();
                progress.onProgress((double) b / data.count(), "activations, batch " + (b + 1) + " of " + data.count());
                List<TensorData> outputs = runner.run(data.batches().batch(b));
                for (int g = 0; g < groups.size(); g++) {
                    ChannelGroup group = groups.get(g);
                    for (int root : group.roots()) {
                        TensorData out = outputs.get(first + exposed.indexOf(model.graph().getNode(root).getOutput(0)));
                        accumulate(out, axisOf(model, root), sums.get(g));
                    }
                }
            }
        }
        return sums;
    }

    private static int axisOf(Model model, int root) {
        return model.graph().getNode(root).getOpType().equals("MatMul") ? -1 : 1;
    }

    /** Adds the mean |x| of each position along {@code axis} (−1: the last) of {@code tensor} to {@code sums}. */
    private static void accumulate(TensorData tensor, int axis, double[] sums) {
        long[] dims = tensor.shape().dims();
        int a = axis < 0 ? dims.length - 1 : axis;
        long inner = 1;
        for (int d = a + 1; d < dims.length; d++) {
            inner *= dims[d];
        }
        int size = (int) dims[a];
        float[] values = tensor.floats();
        double perChannel = (double) values.length / size;
        for (int i = 0; i < values.length; i++) {
            sums[(int) ((i / inner) % size)] += Math.abs(values[i]) / perChannel;
        }
    }
}
