package io.tensorscope.profiler.timing;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.Device;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.runtime.eager.EagerBlocks;
import io.tensorscope.engine.runtime.eager.EagerLayer;
import io.tensorscope.engine.runtime.eager.EagerModel;
import io.tensorscope.engine.runtime.eager.EagerRunner;
import io.tensorscope.profiler.stats.Percentiles;
import java.util.ArrayList;
import java.util.List;

/**
 * Profiles a model block by block in eager mode on DJL's PyTorch engine ({@link EagerRunner}), producing the same records as
 * {@link ModelProfiler}: one "kernel" per block (each block is one node of the graph, so the mapping is 1:1).
 * End-to-end latency is timed on whole forward passes; the "profiled" latency is the sum of the block times of a
 * block-by-block pass, so its overhead is that of calling blocks one at a time.
 */
public final class BlockProfiler {

    /** Suffix of the device name of eager profiles. */
    public static final String ENGINE_LABEL = " (PyTorch eager)";

    private BlockProfiler() {
    }

    /**
     * @param model    a chain-structured model (see {@link EagerBlocks})
     * @param analysis its cost analysis for the input's sizes
     * @param inputs   its one input
     * @param settings threads, warm-up and timed runs (the optimisation level does not apply)
     * @param device   where to run: PyTorch here is its CPU build
     * @param progress progress and cancellation
     * @throws TensorscopeException {@code UNSUPPORTED_OPERATOR} if the model is not a chain of supported blocks;
     *                              {@code BAD_INPUT_SHAPE} if the blocks reject the input;
     *                              {@code DEVICE_UNAVAILABLE} if PyTorch cannot start or cannot drive {@code device};
     *                              {@code CANCELLED}
     */
    public static ModelProfile profile(Model model, ModelAnalysis analysis, List<TensorData> inputs,
                                       ProfileSettings settings, Device device, ProgressListener progress)
            throws TensorscopeException {
        settings.validate();
        RunOptions options = RunOptions.builder().device(device).threads(settings.threads()).build();
        double[] wholeMillis = new double[settings.runs()];
        double[] blockByBlockMillis = new double[settings.runs()];
        List<KernelEvent> events = new ArrayList<>();
        long thread = Thread.currentThread().getId();
        EagerModel eager;
        double[][] blockMicros;
        try (EagerRunner runner = EagerRunner.open(model, options)) {
            eager = runner.model();
            int blocks = eager.layers().size();
            blockMicros = new double[blocks][settings.runs()];
            int total = settings.warmupRuns() + settings.runs();
            long clockStart = System.nanoTime();
            for (int r = 0; r < total; r++) {
                progress.checkCancelled();
                progress.onProgress((double) r / total, r < settings.warmupRuns() ? "warming up" : "run "
                        + (r - settings.warmupRuns() + 1) + " of " + settings.runs());
                long start = System.nanoTime();
                runner.run(inputs);
                double whole = (System.nanoTime() - start) / 1e6;
                long byBlockStart = System.nanoTime();
                double[] micros = runner.timeBlocks(inputs);
                int run = r - settings.warmupRuns();
                if (run < 0) {
                    continue;
                }
                wholeMillis[run] = whole;
                double offset = (byBlockStart - clockStart) / 1e3;
                for (int b = 0; b < blocks; b++) {
                    blockMicros[b][run] = micros[b];
                    blockByBlockMillis[run] += micros[b] / 1e3;
                    EagerLayer layer = eager.layers().get(b);
                    events.add(new KernelEvent(layer.nodeName(), layer.opType(), "PyTorch CPU", thread, Math.round(offset),
                            Math.round(micros[b]), run, analysis.nodes().get(layer.nodeIndex()).bytesMoved(), 0));
                    offset += micros[b];
                }
            }
        }
        List<KernelTiming> kernels = timings(eager, analysis, blockMicros);
        return new ModelProfile(model.name(), device.name() + ENGINE_LABEL,
                settings, Percentiles.of(wholeMillis), Percentiles.of(blockByBlockMillis), kernels,
                NodeTimings.attribute(kernels, analysis, model), events);
    }

    private static List<KernelTiming> timings(EagerModel eager, ModelAnalysis analysis, double[][] blockMicros) {
        List<Percentiles> percentiles = new ArrayList<>();
        double total = 0;
        for (double[] micros : blockMicros) {
            Percentiles p = Percentiles.of(micros);
            percentiles.add(p);
            total += p.median();
        }
        List<KernelTiming> kernels = new ArrayList<>();
        for (int b = 0; b < blockMicros.length; b++) {
            EagerLayer layer = eager.layers().get(b);
            NodeCost cost = analysis.nodes().get(layer.nodeIndex());
            Percentiles p = percentiles.get(b);
            kernels.add(new KernelTiming(layer.nodeName(), layer.opType(), p, total == 0 ? 0 : p.median() / total,
                    cost.flops(), cost.bytesMoved(), List.of(layer.nodeIndex())));
        }
        return kernels;
    }
}
