package io.tensorscope.engine.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.data.BundledDatasets;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.evaluate.ImageAccuracy;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.GraphValidator;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.pass.PassResult;
import io.tensorscope.engine.runtime.Runners;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Static int8 MNIST CNN, calibrated on training digits, scored on the full 10,000-digit test set. */
class StaticQdqPassTest {

    private static final int CALIBRATION_BATCHES = 4;
    private static final int BATCH = 100;

    @Test
    void theCnnInInt8KeepsItsAccuracyOnTheTestSet() throws Exception {
        Model fp32 = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        LabelledImages train = BundledDatasets.mnistTrain();
        PassResult result = StaticQdqPass.apply(fp32, CalibrationMethod.MINMAX, true, Exclusions.NONE,
                new CalibrationRun(b -> List.of(TensorData.ofFloats("conv2d_1_input", train.batch(b * BATCH, BATCH), BATCH,
                        28, 28, 1)), CALIBRATION_BATCHES, Runners.ONNX_RUNTIME), ProgressListener.NONE);
        GraphValidator.topologicalOrder(result.model().graph());
        assertEquals(List.of("conv2d_1", "conv2d_2", "dense_1", "dense_2"), result.report().changed());
        assertTrue(result.report().sizeRatio() < 0.3, "int8 weights: " + result.report().sizeRatio());
        Map<String, Object> conv = result.report().section(QuantizationTable.KEY).orElseThrow()
                .findRow(QuantizationTable.TENSOR, "conv2d_2/kernel").orElseThrow();
        assertEquals(64L, conv.get(QuantizationTable.CHANNELS), "one scale per output channel");

        LabelledImages test = BundledDatasets.mnistTest();
        Evaluation reference = ImageAccuracy.evaluate(fp32, test, "mnist", 0, test.count(), 2, ProgressListener.NONE);
        Evaluation quantized = ImageAccuracy.evaluate(result.model(), test, "mnist", 0, test.count(), 2, ProgressListener.NONE);
        System.out.printf("MNIST CNN top-1: fp32 %.4f, static int8 %.4f%n", reference.value(), quantized.value());
        assertEquals(0.9907, reference.value(), 1e-9, "the foundation's figure");
        assertTrue(reference.value() - quantized.value() <= 0.003, "int8 loses at most 0.3 points: " + quantized.value());
    }

    @Test
    void perChannelOnAnOpset11ModelIsRefusedWithTheWayOut() throws Exception {
        Model minilm = new ModelSource().open("minilm", ProgressListener.NONE);
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> StaticQdqPass.apply(minilm,
                CalibrationMethod.MINMAX, true, Exclusions.NONE, new CalibrationRun(b -> List.of(), 1, Runners.ONNX_RUNTIME),
                ProgressListener.NONE));
        assertEquals(ErrorCode.UNSUPPORTED_OPERATOR, e.code());
        assertTrue(e.getMessage().contains("per-channel off"), e.getMessage());
    }
}
