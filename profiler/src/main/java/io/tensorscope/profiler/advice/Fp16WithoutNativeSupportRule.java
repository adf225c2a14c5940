package io.tensorscope.profiler.advice;

import io.tensorscope.engine.model.ElementType;
import io.tensorscope.profiler.ceilings.Precision;
import java.util.List;
import java.util.Locale;

/**
 * A model with float16 weights on a CPU whose measured fp16 peak is no higher than its fp32 peak: ONNX Runtime then
 * casts around most operators and runs them in float32, so the fp16 model is no faster, often slower.
 */
final class Fp16WithoutNativeSupportRule implements AdviceRule {

    @Override
    public String id() {
        return "fp16-without-native-support";
    }

    @Override
    public List<Finding> check(AdviceInput input) {
        boolean halves = input.model().graph().getInitializerList().stream()
                .anyMatch(t -> ElementType.fromOnnx(t.getDataType()) == ElementType.FLOAT16);
        if (!halves || input.roofs() == null) {
            return List.of();
        }
        double fp16 = input.roofs().peak(Precision.FP16).orElse(0.0);
        double fp32 = input.roofs().peak(Precision.FP32).orElse(0.0);
        if (fp32 <= 0 || fp16 > fp32) {
            return List.of();
        }
        return List.of(new Finding(id(), Severity.WARNING, "fp16 is not faster on this CPU",
                String.format(Locale.ROOT, "measured peaks: fp16 %.0f GFLOP/s, fp32 %.0f GFLOP/s; the model holds "
                        + "float16 weights", fp16, fp32),
                "keep fp32 (or use int8) for this CPU; fp16 pays off on GPUs and CPUs with native fp16 arithmetic",
                List.of()));
    }
}
