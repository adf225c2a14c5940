package io.tensorscope.engine.quantize;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;

/** Runs the pass {@link QuantizationSettings} names: the single entry point of the CLI and the workbench. */
public final class Quantizer {

    private Quantizer() {
    }

    /**
     * @return the new model and the pass's report (the input model is not modified)
     * @throws TensorscopeException {@code BAD_ARGUMENT} for invalid settings; what the pass throws
     */
    public static PassResult apply(Model model, QuantizationSettings settings, ProgressListener progress)
            throws TensorscopeException {
        settings.validate();
        return switch (settings.mode()) {
            case DYNAMIC -> DynamicInt8Pass.apply(model, settings.perChannel(), settings.exclusions(), progress);
            case FP16 -> Fp16Pass.apply(model, settings.exclusions(), progress);
            case STATIC -> {
                try (CalibrationData data = CalibrationData.of(model, settings.dataset(), settings.calibrationSamples())) {
                    yield StaticQdqPass.apply(model, settings.calibration(), settings.perChannel(), settings.exclusions(),
                            data.batches(), data.count(), progress);
                }
            }
        };
    }
}
