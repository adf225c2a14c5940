package io.tensorscope.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scope of an evaluation, told without running it, is what the evaluation then reports. */
class DatasetEvaluatorTest {

    @Test
    void theScopeOfAnImageEvaluationIsWhatItReports() throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        Evaluation scored = DatasetEvaluator.evaluate(cnn, null, "mnist", 200, 1, ProgressListener.NONE);
        EvaluationScope scope = DatasetEvaluator.scope(cnn, "mnist", 200);
        assertEquals(new EvaluationScope(scored.dataset(), scored.samples(), scored.metric()), scope);
        assertEquals(new EvaluationScope("mnist", 10_000, ImageAccuracy.METRIC), DatasetEvaluator.scope(cnn, "mnist", 0),
                "0: all test digits");
        assertEquals(10_000, DatasetEvaluator.scope(cnn, "mnist", 50_000).samples(), "no more than there are");
        assertEquals(0.5, scope.scored(0.5).value());
    }

    @Test
    void anUnknownDataSetHasNoScope(@TempDir Path folder) throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> DatasetEvaluator.scope(cnn, folder.resolve("none").toString(), 10));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
    }
}
