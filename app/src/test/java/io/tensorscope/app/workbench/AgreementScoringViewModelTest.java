package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.engine.evaluate.OutputAgreement;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.pass.PassContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Your own model, no labelled data: a model no bundled data set fits is compressed on the Compress tab and every
 * experiment is scored by agreement with the original on random inputs, size and latency shown as always.
 */
class AgreementScoringViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aModelNoDataSetFitsIsScoredByAgreementWithItsOriginal() throws Exception {
        WorkbenchViewModel workbench = new WorkbenchViewModel(new ModelSource(), new InlineTaskExecutor(),
                FixedCeilings.source());
        workbench.openFile(SyntheticModels.write(dir.resolve("own.onnx"), 30));
        assertNull(workbench.errorProperty().get());
        CompressViewModel compress = workbench.compress();
        assertEquals(OutputAgreement.DATASET, compress.evaluationDatasetProperty().get(), "a [1, 4] input is no image");
        assertEquals(PassContext.RANDOM_DATA, compress.calibrationDatasetProperty().get());
        compress.evaluationSamplesProperty().set(20);
        assertEquals(List.of("dynamic-int8"), compress.steps().stream().map(s -> s.pass().id()).toList());
        compress.run();
        assertNull(compress.failureProperty().get(), () -> "run failed: " + compress.failureProperty().get());

        assertEquals(2, compress.experiments().size(), "the original and the dynamic int8 experiment");
        CompressExperiment original = compress.experiments().get(0);
        CompressExperiment int8 = compress.experiments().get(1);
        for (CompressExperiment e : compress.experiments()) {
            assertEquals(OutputAgreement.TOP1_METRIC, e.summary().metric(), e.name());
            assertEquals(OutputAgreement.DATASET, e.summary().dataset());
            assertEquals(20, e.summary().samples());
            assertTrue(e.summary().latencyMillis().median() > 0 && e.summary().sizeBytes() > 0);
        }
        assertEquals(1.0, original.summary().metricValue(), "the original agrees with itself");
        assertTrue(int8.summary().metricValue() >= 0.9, "identity weights survive int8: " + int8.summary());
        assertTrue(int8.summary().details().get("mean_cosine_to_reference") > 0.99, int8.summary().toString());
        assertTrue(int8.summary().comparableWith(original.summary()), "scored on the same random inputs");
    }
}
