package io.tensorscope.profiler.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tensorscope.engine.quantize.CalibrationMethod;
import io.tensorscope.engine.quantize.Exclusions;
import io.tensorscope.engine.quantize.QuantizationMode;
import io.tensorscope.engine.quantize.QuantizationSettings;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Experiment names say the options that matter for their pass, and only those. */
class ExperimentNamesTest {

    @Test
    void namesSayThePassAndItsOptions() {
        QuantizationSettings staticInt8 = new QuantizationSettings(QuantizationMode.STATIC, true, CalibrationMethod.MINMAX,
                "mnist", 200, new Exclusions(Set.of("dense_1"), Set.of()));
        assertEquals("static int8 minmax", ExperimentNames.shortName(staticInt8));
        assertEquals("static int8, per-channel, MINMAX calibration on mnist (200 samples), keeps dense_1 in float",
                ExperimentNames.describe(staticInt8));
        QuantizationSettings fp16 = new QuantizationSettings(QuantizationMode.FP16, true, CalibrationMethod.MINMAX,
                null, 1, new Exclusions(Set.of(), Set.of("Softmax")));
        assertEquals("fp16", ExperimentNames.shortName(fp16));
        assertEquals("fp16, keeps every Softmax in float", ExperimentNames.describe(fp16));
        QuantizationSettings dynamic = new QuantizationSettings(QuantizationMode.DYNAMIC, false, CalibrationMethod.MINMAX,
                null, 1, Exclusions.NONE);
        assertEquals("dynamic int8, per-tensor", ExperimentNames.describe(dynamic));
    }
}
