package io.tensorscope.engine.distil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.evaluate.ImageAccuracy;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineResult;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.pass.ReportTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The distil step after prune-channel in a pipeline learns from the pipeline's input and wins accuracy back. */
class DistilPassTest {

    @Test
    void distillingAfterChannelPruningRaisesTheAccuracy() throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        PipelineResult result = new PipelineRunner(PassRegistry.standard()).run(cnn, new PipelineSpec(
                BundledDatasets.MNIST, List.of(new PipelineStep("prune-channel", Map.of("sparsity", "0.5")),
                new PipelineStep(DistilPass.ID, Map.of("samples", "3200")))), PassContext.of(ProgressListener.NONE));
        double pruned = accuracy(result.steps().get(0).result().model());
        double distilled = accuracy(result.model());
        assertTrue(distilled > pruned + 0.02, pruned + " → " + distilled);
        PassReport report = result.reports().get(1);
        ReportTable epochs = report.section(DistilPass.EPOCHS_KEY).orElseThrow();
        assertEquals(1, epochs.rows().size());
        assertTrue(report.changed().contains("dense_1") && report.warnings().isEmpty(), report.toString());
        assertTrue((Double) epochs.rowAsMap(0).get("validation_accuracy") > 0.9, epochs.rows().toString());
        assertEquals(45L, report.section(DistilPass.RUN_KEY).orElseThrow().rowAsMap(0).get("steps"));
        assertEquals(result.steps().get(0).result().model().graph().getNodeList(), result.model().graph().getNodeList());
    }

    private static double accuracy(Model model) throws TensorscopeException {
        return ImageAccuracy.evaluate(model, BundledDatasets.mnistTest(), BundledDatasets.MNIST, 0, 2000, 2,
                ProgressListener.NONE).value();
    }
}
