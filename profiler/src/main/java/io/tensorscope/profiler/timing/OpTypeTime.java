package io.tensorscope.profiler.timing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kernel time summed by operator type.
 *
 * @param opType       operator the kernels implement
 * @param kernels      how many kernels of that type ran
 * @param medianMicros sum of their median times, µs
 * @param share        sum of their shares of the total kernel time, 0..1
 * @param flops        sum of their FLOPs
 */
public record OpTypeTime(String opType, int kernels, double medianMicros, double share, long flops) {

    /** @return one entry per op type in {@code profile}, the most time first */
    public static List<OpTypeTime> of(ModelProfile profile) {
        Map<String, OpTypeTime> byType = new LinkedHashMap<>();
        for (KernelTiming k : profile.kernels()) {
            byType.merge(k.opType(), new OpTypeTime(k.opType(), 1, k.micros().median(), k.share(), k.flops()),
                    (a, b) -> new OpTypeTime(a.opType, a.kernels + b.kernels, a.medianMicros + b.medianMicros,
                            a.share + b.share, a.flops + b.flops));
        }
        List<OpTypeTime> sorted = new ArrayList<>(byType.values());
        sorted.sort((a, b) -> Double.compare(b.medianMicros, a.medianMicros));
        return sorted;
    }
}
