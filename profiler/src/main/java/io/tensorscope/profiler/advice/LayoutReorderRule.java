package io.tensorscope.profiler.advice;

import io.tensorscope.profiler.timing.KernelTiming;
import java.util.List;
import java.util.Locale;

/**
 * ONNX Runtime's CPU kernels convert convolutions' tensors to and from the blocked NCHWc layout (ReorderInput /
 * ReorderOutput kernels it inserts): when that is a large share of the time, the layout changes cost more than they
 * save.
 */
final class LayoutReorderRule implements AdviceRule {

    /** The share of kernel time above which reorders are reported. */
    static final double SHARE = 0.10;

    @Override
    public String id() {
        return "layout-reorders";
    }

    @Override
    public List<Finding> check(AdviceInput input) {
        if (input.profile() == null) {
            return List.of();
        }
        List<KernelTiming> reorders = input.profile().kernels().stream()
                .filter(k -> k.opType().startsWith("Reorder")).toList();
        double share = reorders.stream().mapToDouble(KernelTiming::share).sum();
        if (share < SHARE) {
            return List.of();
        }
        double micros = reorders.stream().mapToDouble(k -> k.micros().median()).sum();
        return List.of(new Finding(id(), Severity.WARNING, String.format(Locale.ROOT,
                        "%.0f %% of kernel time is NCHWc layout reorders", 100 * share),
                String.format(Locale.ROOT, "%d reorder kernels, %.1f µs of the run's kernel time", reorders.size(),
                        micros),
                "profile at optimisation level EXTENDED (no NCHWc layout) and compare; keep channels in multiples of 8 "
                        + "or 16 so fewer reorders are needed", List.of()));
    }
}
