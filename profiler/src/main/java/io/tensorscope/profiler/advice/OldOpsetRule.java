package io.tensorscope.profiler.advice;

import java.util.List;

/**
 * A model exported at an opset older than the passes need: dynamic int8 needs 11 (DynamicQuantizeLinear), static
 * int8 per channel needs 13 (per-axis DequantizeLinear).
 */
final class OldOpsetRule implements AdviceRule {

    static final long DYNAMIC_INT8 = 11;
    static final long PER_CHANNEL_QDQ = 13;

    @Override
    public String id() {
        return "old-opset";
    }

    @Override
    public List<Finding> check(AdviceInput input) {
        long opset = input.model().opsetVersion();
        if (opset == 0 || opset >= PER_CHANNEL_QDQ) {
            return List.of();
        }
        String blocked = opset < DYNAMIC_INT8 ? "dynamic int8 (needs 11) and per-channel static int8 (needs 13)"
                : "per-channel static int8 (needs opset 13)";
        return List.of(new Finding(id(), Severity.WARNING, "Opset " + opset + " is too old for " + blocked,
                "the model imports ONNX opset " + opset,
                "re-export the model at opset 13 or newer (torch.onnx.export(..., opset_version=17)); "
                        + "per-tensor static int8 works at this opset", List.of()));
    }
}
