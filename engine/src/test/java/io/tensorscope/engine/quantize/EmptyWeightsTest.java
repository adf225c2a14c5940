package io.tensorscope.engine.quantize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A weight with no values (a zero dimension) is no internal error for any quantization pass. */
class EmptyWeightsTest {

    @Test
    void everyQuantizationPassTakesOrRefusesAnEmptyWeightInOneLine() throws Exception {
        GraphBuilder b = GraphBuilder.create("empty-weight");
        b.input("x", ElementType.FLOAT, 1, 4);
        b.initializer("W", new float[0], 4, 0);
        b.node("MatMul", "x", "W").name("mm").outputs("y");
        b.output("y", ElementType.FLOAT);
        Model model = b.build();
        for (String pass : new String[] {"dynamic-int8", "static-int8:samples=2", "fp16"}) {
            try {
                new PipelineRunner(PassRegistry.standard()).run(model, new PipelineSpec("random",
                        List.of(PipelineStep.parse(pass))), PassContext.of(ProgressListener.NONE));
            } catch (TensorscopeException e) {
                assertTrue(e.code() != ErrorCode.INTERNAL && !e.getMessage().contains("\n"), pass + ": " + e);
            } catch (RuntimeException e) {
                throw new AssertionError(pass + " crashed: " + e, e);
            }
        }
    }
}
