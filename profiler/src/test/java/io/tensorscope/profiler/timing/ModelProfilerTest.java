package io.tensorscope.profiler.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.shape.InputSizes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Profiles the bundled models for real and checks the kernel-to-node bookkeeping, not the speed. */
class ModelProfilerTest {

    private record Profiled(ModelProfile profile, ModelAnalysis analysis) {
    }

    private static Profiled profile(String id, OptimizationLevel level) throws Exception {
        Model model = new ModelSource().open(id, ProgressListener.NONE);
        ModelAnalysis analysis = ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
        ModelProfile profile = ModelProfiler.profile(model, analysis, RandomInputs.forModel(model, InputSizes.defaults(), 7),
                new ProfileSettings(1, 2, 3, level), ProgressListener.NONE);
        return new Profiled(profile, analysis);
    }

    @Test
    void withoutOptimisationEveryNodeIsItsOwnKernel() throws Exception {
        Profiled p = profile("mnist-cnn", OptimizationLevel.NONE);
        List<KernelTiming> kernels = p.profile().kernels();
        assertEquals(p.analysis().nodes().size(), kernels.size());
        for (KernelTiming k : kernels) {
            assertEquals(1, k.nodes().size(), k.kernel());
            NodeCost node = p.analysis().nodes().get(k.nodes().get(0));
            assertEquals(node.name(), k.kernel());
            assertEquals(node.flops(), k.flops(), k.kernel());
            assertEquals(3, k.micros().count());
        }
        assertEquals(0, p.profile().removedNodeCount());
        assertEquals(1.0, kernels.stream().mapToDouble(KernelTiming::share).sum(), 1e-9);
        assertEquals(1.0, p.profile().nodes().stream().mapToDouble(NodeTiming::share).sum(), 1e-9);
        KernelTiming dense = kernels.stream().filter(k -> k.kernel().equals("dense_1")).findFirst().orElseThrow();
        assertEquals(9216 * 4 + 9216 * 128 * 4 + 128 * 4 + 128 * 4, dense.bytesMoved(),
                "dense_1 (Gemm) reads its 1×9216 input, 9216×128 weights and bias, writes 1×128");
        assertEquals(12 * 3, p.profile().events().size(), "12 kernels × 3 timed runs");
        assertTrue(p.profile().latencyMillis().median() > 0);
    }

    @Test
    void fusedKernelsCoverTheOriginalNodesAndKeepTheirFlops() throws Exception {
        Profiled p = profile("minilm", OptimizationLevel.ALL);
        ModelProfile profile = p.profile();
        assertTrue(profile.kernels().size() < 300, profile.kernels().size() + " kernels for 637 nodes");
        Set<Integer> covered = new HashSet<>();
        for (KernelTiming k : profile.kernels()) {
            for (int node : k.nodes()) {
                assertTrue(covered.add(node), "node " + node + " covered twice");
            }
        }
        assertEquals(637, covered.size() + profile.removedNodeCount());
        long kernelFlops = profile.kernels().stream().mapToLong(KernelTiming::flops).sum();
        long matMulFlops = p.analysis().nodes().stream().filter(n -> n.opType().equals("MatMul")).mapToLong(NodeCost::flops).sum();
        assertEquals(2_868_903_936L, matMulFlops);
        assertTrue(kernelFlops >= matMulFlops, "every MatMul's FLOPs land on a kernel: " + kernelFlops);
        KernelTiming layerNorm = profile.kernels().stream().filter(k -> k.opType().equals("LayerNormalization"))
                .findFirst().orElseThrow();
        assertEquals(11, layerNorm.nodes().size(), "LayerNorm fusion covers ReduceMean, Sub, Pow, ... Add");
        assertTrue(profile.nodes().stream().filter(NodeTiming::removed).allMatch(n -> n.medianMicros() == 0));
    }

    @Test
    void runtimeLayoutKernelsOfTheCnnKeepTheirConvolutionFlops() throws Exception {
        Profiled p = profile("mnist-cnn", OptimizationLevel.ALL);
        long convFlops = p.analysis().nodes().stream().filter(n -> n.name().equals("conv2d_2")).findFirst()
                .orElseThrow().flops();
        KernelTiming conv = p.profile().kernels().stream().filter(k -> k.opType().equals("Conv")
                && k.nodes().contains(3)).findFirst().orElseThrow();
        assertTrue(conv.flops() >= convFlops, conv.kernel() + " covers conv2d_2: " + conv.nodes());
        long total = p.analysis().nodes().stream().mapToLong(NodeCost::flops).sum();
        assertEquals(total, p.profile().kernels().stream().mapToLong(KernelTiming::flops).sum(),
                "no FLOPs lost or counted twice");
    }
}
