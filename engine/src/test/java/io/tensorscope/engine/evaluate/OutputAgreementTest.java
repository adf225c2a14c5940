package io.tensorscope.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
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

/** Scores without labels: agreement of a variant's outputs with its original's on the same random inputs. */
class OutputAgreementTest {

    @Test
    void theCnnAgreesFullyWithItselfAndLessWithAHeavilyPrunedCopy() throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        Evaluation self = OutputAgreement.evaluate(cnn, cnn, 20, 1, ProgressListener.NONE);
        assertEquals(OutputAgreement.TOP1_METRIC, self.metric());
        assertEquals(OutputAgreement.DATASET, self.dataset());
        assertEquals(20, self.samples());
        assertEquals(1.0, self.value());
        assertEquals(1.0, self.details().get("worst_cosine_to_reference"), 1e-6);

        Model pruned = new PipelineRunner(PassRegistry.standard()).run(cnn, new PipelineSpec(null,
                List.of(PipelineStep.parse("prune-channel:sparsity=0.9"))), PassContext.of(ProgressListener.NONE)).model();
        Evaluation far = OutputAgreement.evaluate(pruned, cnn, 20, 1, ProgressListener.NONE);
        assertTrue(far.details().get("mean_cosine_to_reference") < 0.999, far.toString());
        assertTrue(far.details().get("worst_cosine_to_reference") <= far.details().get("mean_cosine_to_reference"));
        assertTrue(far.value() <= 1.0 && far.value() >= 0.0, far.toString());
    }

    @Test
    void aNonClassifierOutputIsScoredByCosineWhichIgnoresScaleButNotDirection() throws Exception {
        Model original = projection(new float[] {1, 2, 3, 4, 5, 6});
        Evaluation scaled = OutputAgreement.evaluate(projection(new float[] {2, 4, 6, 8, 10, 12}), original, 5, 1,
                ProgressListener.NONE);
        assertEquals(OutputAgreement.COSINE_METRIC, scaled.metric());
        assertEquals(1.0, scaled.value(), 1e-6, "twice the output points the same way");
        Evaluation turned = OutputAgreement.evaluate(projection(new float[] {6, 5, 4, 3, 2, 1}), original, 5, 1,
                ProgressListener.NONE);
        assertTrue(turned.value() < 0.999, turned.toString());
        assertEquals(turned.value(), turned.details().get("mean_cosine_to_reference"), 1e-12);
    }

    @Test
    void outputsOfDifferentSizesAndNegativeSamplesAreRefused() throws Exception {
        Model original = projection(new float[] {1, 2, 3, 4, 5, 6});
        Model wider = matMul(new float[9], 3);
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> OutputAgreement.evaluate(wider, original, 2, 1, ProgressListener.NONE));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertTrue(e.getMessage().contains("cannot be compared"), e.getMessage());
        assertEquals(ErrorCode.BAD_ARGUMENT, assertThrows(TensorscopeException.class,
                () -> OutputAgreement.evaluate(original, original, -1, 1, ProgressListener.NONE)).code());
    }

    /** x [1, 2, 3] · w [3, 2]: a rank-3 output, not a classifier's. */
    private static Model projection(float[] weights) {
        return matMul(weights, 2);
    }

    private static Model matMul(float[] weights, int outputs) {
        GraphBuilder graph = GraphBuilder.create("projection").opset(13).input("x", ElementType.FLOAT, 1, 2, 3)
                .initializer("w", weights, 3, outputs);
        graph.node("MatMul", "x", "w").outputs("y");
        return graph.output("y", ElementType.FLOAT).build();
    }
}
