package io.tensorscope.engine.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Steps as typed on the command line, options checked against declarations, and the pipeline's JSON form. */
class PipelineSpecTest {

    private final PassRegistry registry = PassRegistry.standard();

    @Test
    void theRegistryFindsTheThreeQuantizationPassesInOrder() throws Exception {
        assertEquals(List.of("dynamic-int8", "static-int8", "fp16"), registry.all().stream().map(Pass::id).limit(3).toList(),
                "the quantization passes come first, in order");
        Pass staticInt8 = registry.find("static-int8");
        assertTrue(staticInt8.needsData());
        assertEquals(List.of("per-channel", "calibration", "samples", "fold-batchnorm", "exclude-nodes", "exclude-ops"),
                staticInt8.options().stream().map(PassOption::name).toList());
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> registry.find("prune"));
        assertTrue(e.getMessage().startsWith("no pass 'prune'; passes: dynamic-int8, static-int8, fp16, "), e.getMessage());
    }

    @Test
    void aStepParsesNamesValuesAndListsWithTheirCommas() throws Exception {
        PipelineStep step = PipelineStep.parse("static-int8:calibration=entropy,samples=200,exclude-ops=Softmax,Gemm");
        assertEquals("static-int8", step.pass());
        assertEquals(Map.of("calibration", "entropy", "samples", "200", "exclude-ops", "Softmax,Gemm"), step.options());
        assertEquals("static-int8:calibration=entropy,samples=200,exclude-ops=Softmax,Gemm", step.format());
        PassOptions options = new PipelineSpec("mnist", List.of(step)).resolve(registry).get(0).options();
        assertEquals(List.of("Softmax", "Gemm"), options.list("exclude-ops"));
        assertEquals(200, options.integer("samples"));
        assertTrue(options.bool("per-channel"), "defaults fill what the step leaves out");
        assertEquals(PipelineStep.parse("fp16").options(), Map.of());
    }

    @Test
    void badStepsAreRefusedBeforeAnythingRunsNamingTheStep() {
        assertMessage("step 2 (static-int8): option samples takes a whole number in 1..100000 samples, not '0'",
                "fp16", "static-int8:samples=0");
        assertMessage("step 1 (fp16): fp16 has no option 'per-channel'; it takes exclude-nodes, exclude-ops",
                "fp16:per-channel=false");
        assertMessage("step 1 (static-int8): option calibration takes one of minmax, percentile, entropy, not 'kl'",
                "static-int8:calibration=kl");
        assertMessage("step 1 (dynamic-int8): option per-channel takes true or false, not 'yes'",
                "dynamic-int8:per-channel=yes");
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> PipelineStep.parse("fp16:samples"));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertThrows(TensorscopeException.class, () -> new PipelineSpec(null, List.of()).resolve(registry));
    }

    @Test
    void jsonRoundTripsWithTypedValuesAndRejectsWhatIsNotAPipeline() throws Exception {
        PipelineSpec spec = new PipelineSpec("mnist", List.of(PipelineStep.parse("static-int8:calibration=entropy,"
                + "samples=200,per-channel=false,exclude-ops=Softmax,Gemm"), PipelineStep.parse("fp16")));
        String json = PipelineJson.write(spec, registry);
        assertTrue(json.contains("\"samples\" : 200") && json.contains("\"per-channel\" : false")
                && json.contains("\"exclude-ops\" : [ \"Softmax\", \"Gemm\" ]"), json);
        assertEquals(spec, PipelineJson.read(json));
        assertEquals(spec.normalized(registry), PipelineJson.read(PipelineJson.write(spec.normalized(registry), registry)));

        assertEquals("not a Tensorscope pipeline: it has no \"steps\" array",
                assertThrows(TensorscopeException.class, () -> PipelineJson.read("{}")).getMessage());
        assertTrue(assertThrows(TensorscopeException.class, () -> PipelineJson.read("[1,"))
                .getMessage().startsWith("not a Tensorscope pipeline: it is not valid JSON"));
        assertEquals("not a Tensorscope pipeline: step 1 has no \"pass\"",
                assertThrows(TensorscopeException.class, () -> PipelineJson.read("{\"steps\":[{}]}")).getMessage());
        assertEquals("not a Tensorscope pipeline: it is version 9; this Tensorscope reads up to 1",
                assertThrows(TensorscopeException.class, () -> PipelineJson.read("{\"version\":9,\"steps\":[]}"))
                        .getMessage());
    }

    private void assertMessage(String expected, String... steps) {
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> {
            List<PipelineStep> parsed = new java.util.ArrayList<>();
            for (String s : steps) {
                parsed.add(PipelineStep.parse(s));
            }
            new PipelineSpec(null, parsed).resolve(registry);
        });
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertEquals(expected, e.getMessage());
    }
}
