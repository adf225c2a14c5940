package io.tensorscope.engine.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.evaluate.ImageAccuracy;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.GraphValidator;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PassResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dynamic int8 MiniLM: valid, small, loaded by ONNX Runtime, and its embeddings stay close to fp32's. */
class DynamicInt8PassTest {

    @Test
    void miniLmQuantizedDynamicallyStaysCloseToFp32() throws Exception {
        Model fp32 = MiniLmFixture.fp32();
        PassResult result = DynamicInt8Pass.apply(fp32, true, Exclusions.NONE, ProgressListener.NONE);
        PassReport report = result.report();
        assertEquals(36 + 3, report.changed().size(), "6 layers × (Q, K, V, attention output, FFN in, FFN out) + 3 embeddings");
        assertTrue(report.sizeRatio() <= 0.30, "int8 file is " + report.sizeRatio() + " of fp32's");
        GraphValidator.topologicalOrder(result.model().graph());

        double[] cosine = MiniLmFixture.meanAndWorstCosine(MiniLmFixture.embed(fp32), MiniLmFixture.embed(result.model()));
        assertTrue(cosine[0] >= 0.99, "mean cosine to fp32 " + cosine[0]);
        assertTrue(cosine[1] >= 0.98, "worst cosine to fp32 " + cosine[1]);
    }

    @Test
    void excludedNodesStayInFloatAndPerChannelKeepsOneScalePerColumn() throws Exception {
        Model fp32 = MiniLmFixture.fp32();
        String first = "/encoder/layer.0/attention/self/query/MatMul";
        PassResult result = DynamicInt8Pass.apply(fp32, true, new Exclusions(Set.of(first), Set.of("Gather")),
                ProgressListener.NONE);
        assertTrue(result.report().excluded().contains(first));
        assertEquals(1 + 3, result.report().excluded().size(), "the query MatMul and the 3 embedding lookups");
        assertEquals(35, result.report().changed().size());
        assertTrue(result.model().graph().getNodeList().stream().anyMatch(n -> n.getName().equals(first)
                && n.getOpType().equals("MatMul")));
        Map<String, Object> weight = result.report().section(QuantizationTable.KEY).orElseThrow()
                .findRow(QuantizationTable.ROLE, "weight").orElseThrow();
        assertTrue((Double) weight.get(QuantizationTable.RANGE_MIN) < 0 && (Double) weight.get(QuantizationTable.RANGE_MAX) > 0);
        assertEquals(384L, weight.get(QuantizationTable.CHANNELS), "one scale per column");
        assertEquals(384, ((List<?>) weight.get(QuantizationTable.SCALES)).size());
        MiniLmFixture.embed(result.model());
    }

    @Test
    void gemmLayersOfTheCnnAreQuantizedWithTheirBiasAddedBack() throws Exception {
        Model fp32 = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        PassResult result = DynamicInt8Pass.apply(fp32, true, Exclusions.NONE, ProgressListener.NONE);
        assertEquals(List.of("dense_1", "dense_2"), result.report().changed());
        assertTrue(result.report().sizeRatio() < 0.3, "dense_1 holds nearly all weights: " + result.report().sizeRatio());
        var test = BundledDatasets.mnistTest();
        double before = ImageAccuracy.evaluate(fp32, test, "mnist", 0, 2000, 2,
                ProgressListener.NONE).value();
        double after = ImageAccuracy.evaluate(result.model(), test, "mnist", 0, 2000, 2,
                ProgressListener.NONE).value();
        assertTrue(before - after <= 0.003, "dynamic int8 CNN on 2,000 digits: " + after + " vs " + before);
    }
}
