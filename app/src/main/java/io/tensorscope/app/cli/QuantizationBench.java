package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.quantize.CalibrationMethod;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The quantization part of {@code tensorscope bench}: each bundled model next to its quantized variants, measured
 * side by side in one run ({@link VariantBench}).
 */
final class QuantizationBench {

    private static final int CALIBRATION_SAMPLES = 500;

    private QuantizationBench() {
    }

    static void run(PrintWriter out) throws TensorscopeException {
        ModelSource source = new ModelSource();
        Model minilm = source.open("minilm", ProgressListener.NONE);
        Map<String, Model> text = new LinkedHashMap<>();
        text.put("fp32", minilm);
        text.put("dynamic int8", VariantBench.variant(minilm, null, "dynamic-int8"));
        text.put("fp16", VariantBench.variant(minilm, null, "fp16"));
        VariantBench.compare(out, "minilm, sequence 128, 1 thread", text, "spam-assassin", minilm);

        Model cnn = source.open("mnist-cnn", ProgressListener.NONE);
        Map<String, Model> images = new LinkedHashMap<>();
        images.put("fp32", cnn);
        for (CalibrationMethod method : CalibrationMethod.values()) {
            String name = method.name().toLowerCase(Locale.ROOT);
            images.put("static int8 " + name, VariantBench.variant(cnn, "mnist", "static-int8:calibration=" + name
                    + ",samples=" + CALIBRATION_SAMPLES));
        }
        images.put("dynamic int8", VariantBench.variant(cnn, null, "dynamic-int8"));
        images.put("fp16", VariantBench.variant(cnn, null, "fp16"));
        VariantBench.compare(out, "mnist-cnn, batch 1, 1 thread", images, "mnist", null);
    }
}
