package io.tensorscope.profiler.ceilings;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What makes cached ceilings unusable: a value that is not a positive finite number, bandwidths out of the memory
 * hierarchy's order (L1 ≥ L2 ≥ L3 ≥ DRAM, with {@value #ORDER_SLACK} relative slack for noise), or a time stamp in
 * the future. Ceilings that fail are measured again instead of drawn as roofs.
 */
final class CeilingsCheck {

    /** How far a level may exceed the one nearer the core before the order counts as broken (measurement noise). */
    static final double ORDER_SLACK = 0.10;
    /** Clock skew tolerated on the time stamp. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private CeilingsCheck() {
    }

    /** @return why {@code ceilings} cannot be trusted at {@code now}, or empty when they can */
    static Optional<String> problem(MachineCeilings ceilings, Instant now) {
        if (ceilings.measuredAt() == null || ceilings.measuredAt().isAfter(now.plus(SKEW))) {
            return Optional.of("measured in the future (" + ceilings.measuredAt() + ")");
        }
        for (ThreadCeilings roofs : new ThreadCeilings[] {ceilings.singleThread(), ceilings.allThreads()}) {
            if (roofs == null) {
                continue;
            }
            Optional<String> values = nonPositive(roofs.bandwidthGbps(), "GB/s")
                    .or(() -> nonPositive(roofs.peakGflops(), "GFLOP/s"));
            if (values.isPresent()) {
                return values;
            }
            Double nearer = null;
            for (MemoryLevel level : MemoryLevel.values()) {
                Double gbps = roofs.bandwidthGbps().get(level);
                if (gbps == null) {
                    continue;
                }
                if (nearer != null && gbps > nearer * (1 + ORDER_SLACK)) {
                    return Optional.of(level + " bandwidth " + gbps + " GB/s exceeds the level above it (" + nearer
                            + " GB/s)");
                }
                nearer = gbps;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonPositive(Map<?, Double> values, String unit) {
        return values.entrySet().stream().filter(e -> !(e.getValue() > 0) || e.getValue().isInfinite()).findFirst()
                .map(e -> e.getKey() + " is " + e.getValue() + " " + unit);
    }
}
