package io.tensorscope.engine.pass;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.quantize.CalibrationData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipelines run step after step, report per step, stop on cancel, and replay to the same bytes. */
class PipelineRunnerTest {

    private final PipelineRunner runner = new PipelineRunner(PassRegistry.standard());

    @Test
    void twoStepsRunInOrderEachOnThePreviousModelAndReplayByteForByte() throws Exception {
        Model model = SmallGraphs.classifierEndingInLogits();
        PipelineSpec spec = new PipelineSpec(PassContext.RANDOM_DATA, List.of(
                PipelineStep.parse("static-int8:samples=10,calibration=percentile"), PipelineStep.parse("fp16")));
        List<Double> fractions = new ArrayList<>();
        PipelineResult result = runner.run(model, spec, PassContext.of((f, m) -> fractions.add(f)));
        assertEquals(List.of("static-int8", "fp16"), result.reports().stream().map(PassReport::pass).toList());
        assertTrue(result.reports().get(0).warnings().contains(CalibrationData.RANDOM_WARNING));
        assertEquals(result.reports().get(0).bytesAfter(), result.reports().get(1).bytesBefore(),
                "step 2 starts from step 1's model");
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1) - 1e-9, "progress never goes back: " + fractions);
        }
        PipelineSpec replay = result.spec();
        assertEquals("500", new PipelineSpec(null, List.of(PipelineStep.parse("static-int8"))).normalized(
                PassRegistry.standard()).steps().get(0).options().get("samples"), "the spec records defaults too");
        assertEquals("10", replay.steps().get(0).options().get("samples"));
        Model again = runner.run(model, replay, PassContext.of(ProgressListener.NONE)).model();
        assertArrayEquals(result.model().proto().toByteArray(), again.proto().toByteArray());
    }

    @Test
    void aStepThatNeedsDataWithoutAnyIsRefusedAndCancelStopsThePipeline() {
        Model model = SmallGraphs.classifierEndingInLogits();
        TensorscopeException noData = assertThrows(TensorscopeException.class, () -> runner.run(model,
                new PipelineSpec(null, List.of(PipelineStep.parse("static-int8"))), PassContext.of(ProgressListener.NONE)));
        assertEquals(ErrorCode.BAD_ARGUMENT, noData.code());
        assertTrue(noData.getMessage().startsWith("step 1 (static-int8): static int8 calibrates on sample inputs"),
                noData.getMessage());

        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void onProgress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        TensorscopeException stop = assertThrows(TensorscopeException.class, () -> runner.run(model,
                new PipelineSpec(null, List.of(PipelineStep.parse("fp16"))), PassContext.of(cancelled)));
        assertEquals(ErrorCode.CANCELLED, stop.code());
    }
}
