package io.tensorscope.profiler.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.DeviceDiscovery;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.shape.InputSizes;
import org.junit.jupiter.api.Test;

class BlockProfilerTest {

    @Test
    void theCnnIsTimedBlockByBlockOnPyTorchWithTheSameRecords() throws Exception {
        Model model = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        ModelAnalysis analysis = ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
        ModelProfile profile = BlockProfiler.profile(model, analysis,
                RandomInputs.forModel(model, InputSizes.defaults(), 3),
                new ProfileSettings(1, 2, 4, OptimizationLevel.NONE), DeviceDiscovery.cpu(), ProgressListener.NONE);

        assertEquals(DeviceDiscovery.cpu().name() + BlockProfiler.ENGINE_LABEL, profile.device());
        assertEquals(12, profile.kernels().size());
        assertEquals(12 * 4, profile.events().size());
        for (int i = 0; i < 12; i++) {
            KernelTiming k = profile.kernels().get(i);
            assertEquals(analysis.nodes().get(i).name(), k.kernel());
            assertEquals(analysis.nodes().get(i).flops(), k.flops());
            assertEquals(4, k.micros().count());
        }
        assertEquals(1.0, profile.kernels().stream().mapToDouble(KernelTiming::share).sum(), 1e-9);
        assertTrue(profile.latencyMillis().median() > 0 && profile.profiledMillis().median() > 0);
    }
}
