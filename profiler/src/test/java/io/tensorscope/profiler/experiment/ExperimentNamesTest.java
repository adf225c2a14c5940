package io.tensorscope.profiler.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Experiment names come from the passes' declared options: every option in words, the data set when one is read. */
class ExperimentNamesTest {

    private final PassRegistry registry = PassRegistry.standard();

    @Test
    void namesSayEachStepAndItsOptions() throws Exception {
        PipelineSpec staticInt8 = new PipelineSpec("mnist", List.of(PipelineStep.parse(
                "static-int8:samples=200,exclude-nodes=dense_1")));
        assertEquals("static int8 minmax", ExperimentNames.shortName(staticInt8, registry));
        assertEquals("static int8: per-channel, calibration minmax, 200 samples, fold-batchnorm, exclude-nodes dense_1; data mnist",
                ExperimentNames.describe(staticInt8, registry));
        PipelineSpec fp16 = new PipelineSpec(null, List.of(PipelineStep.parse("fp16:exclude-ops=Softmax")));
        assertEquals("fp16", ExperimentNames.shortName(fp16, registry));
        assertEquals("fp16: exclude-ops Softmax", ExperimentNames.describe(fp16, registry));
        PipelineSpec two = new PipelineSpec("mnist", List.of(PipelineStep.parse("dynamic-int8:per-channel=false"),
                PipelineStep.parse("fp16")));
        assertEquals("dynamic int8 + fp16", ExperimentNames.shortName(two, registry));
        assertEquals("dynamic int8: no per-channel → fp16", ExperimentNames.describe(two, registry),
                "no step reads data, so the data set is not named");
    }
}
