package io.tensorscope.profiler.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.shape.InputSizes;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelProfilerTest {

    private static ModelProfile profile(String id, OptimizationLevel level, int runs) throws Exception {
        Model model = new ModelSource().open(id, ProgressListener.NONE);
        ModelAnalysis analysis = ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
        RunOptions options = RunOptions.builder().threads(1).optimization(level).build();
        return ModelProfiler.profile(model, analysis, RandomInputs.forModel(model, InputSizes.defaults(), 7), options,
                new ProfileSettings(1, 2, runs, level), ProgressListener.NONE);
    }

    @Test
    void withoutOptimisationEveryNodeIsOneKernel() throws Exception {
        ModelProfile p = profile("mnist-cnn", OptimizationLevel.NONE, 5);
        System.out.println(p.kernels().stream().map(k -> k.kernel() + " " + k.opType() + " " + k.micros().median() + " " + k.nodes()).collect(Collectors.joining("\n")));
        System.out.println("latency " + p.latencyMillis() + " profiled " + p.profiledMillis());
    }

    @Test
    void fusedKernelsCoverTheOriginalNodes() throws Exception {
        ModelProfile p = profile("minilm", OptimizationLevel.ALL, 5);
        System.out.println(p.kernels().size() + " kernels, removed " + p.removedNodeCount());
        System.out.println(p.kernels().stream().limit(40).map(k -> k.kernel() + " " + k.opType() + " " + k.micros().median() + " " + k.nodes() + " " + k.flops()).collect(Collectors.joining("\n")));
        System.out.println("latency " + p.latencyMillis() + " profiled " + p.profiledMillis());
    }
}
