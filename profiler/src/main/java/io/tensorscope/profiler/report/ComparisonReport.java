package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.profiler.experiment.ExperimentChecks;
import io.tensorscope.profiler.experiment.ExperimentCost;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.experiment.ParetoFront;
import io.tensorscope.profiler.timing.PairedLatency;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code compare} report: one entry per model against the first (the baseline) — size, latency, speed-up, metric
 * and its change in points, fidelity for texts, and whether it is on the accuracy/latency Pareto front. A model's
 * speed-up is the median of the per-pair ratios of its in-turn timing with the baseline when it has one (with p10–p90),
 * never a ratio of latencies measured at different times.
 */
public final class ComparisonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ComparisonReport() {
    }

    /**
     * Writes the table; {@code models.get(0)} is the baseline.
     *
     * @param inTurn each model's in-turn timing with the baseline, index-aligned with {@code models} (null entries, e.g.
     *               the baseline's, fall back to the ratio of medians)
     */
    public static void write(List<ExperimentSummary> models, List<PairedLatency> inTurn, PrintWriter out) {
        ExperimentSummary base = models.get(0);
        List<ExperimentSummary> front = ParetoFront.of(models, ExperimentCost.LATENCY_MILLIS);
        out.printf(Locale.ROOT, "%s on %s (%d samples); latency on 1 thread; * = on the accuracy/latency Pareto front%n",
                base.metric(), base.dataset(), base.samples());
        out.printf(Locale.ROOT, "%-2s%-34s %10s %7s %11s %20s %9s %9s %s%n", "", "model", "size", "% size", "median ms",
                "speed-up (p10-p90)", "metric", "delta pt", "fidelity");
        for (int i = 0; i < models.size(); i++) {
            ExperimentSummary m = models.get(i);
            PairedLatency paired = inTurn.get(i);
            String speedUp = paired == null ? String.format(Locale.ROOT, "%.2fx", m.speedUpOver(base))
                    : String.format(Locale.ROOT, "%.2fx (%.2f-%.2f)", paired.speedUp().median(), paired.speedUp().p10(),
                            paired.speedUp().p90());
            out.printf(Locale.ROOT, "%-2s%-34s %10s %6.1f%% %11.3f %20s %8.2f%% %+9.2f %s%n", front.contains(m) ? "*" : "",
                    shorten(m.name()), HumanUnits.bytes(m.sizeBytes()), 100 * m.sizeFractionOf(base),
                    m.latencyMillis().median(), speedUp, 100 * m.metricValue(), m.metricDeltaPoints(base),
                    m.fidelity().isPresent() ? String.format(Locale.ROOT, "%.4f / %.4f", m.fidelity().getAsDouble(),
                            m.worstFidelity().orElse(Double.NaN)) : "");
        }
        if (inTurn.stream().anyMatch(Objects::nonNull)) {
            out.println("speed-ups: median of per-pair ratios, each model timed in turn with the baseline (A B A B ...)");
        }
        for (ExperimentSummary m : models) {
            ExperimentChecks.warnings(m, base).forEach(w -> out.println("warning: " + shorten(m.name()) + ": " + w));
        }
    }

    /**
     * @param inTurn as for {@link #write}
     * @return {@code [{"model", "size_bytes", "latency_ms": {...}, "speedup", "speedup_p10", "speedup_p90",
     *         "timed_in_turn_pairs", "metric", "value", "delta_points", ...}]}; the three in-turn keys only for models
     *         timed in turn with the baseline
     */
    public static ArrayNode toJson(List<ExperimentSummary> models, List<PairedLatency> inTurn) {
        ExperimentSummary base = models.get(0);
        List<ExperimentSummary> front = ParetoFront.of(models, ExperimentCost.LATENCY_MILLIS);
        ArrayNode entries = MAPPER.createArrayNode();
        for (int i = 0; i < models.size(); i++) {
            ExperimentSummary m = models.get(i);
            PairedLatency paired = inTurn.get(i);
            ObjectNode e = entries.addObject();
            e.put("model", m.name()).put("size_bytes", m.sizeBytes()).put("size_fraction", m.sizeFractionOf(base));
            e.putObject("latency_ms").put("median", m.latencyMillis().median()).put("p10", m.latencyMillis().p10())
                    .put("p90", m.latencyMillis().p90());
            e.put("speedup", paired == null ? m.speedUpOver(base) : paired.speedUp().median());
            if (paired != null) {
                e.put("speedup_p10", paired.speedUp().p10()).put("speedup_p90", paired.speedUp().p90())
                        .put("timed_in_turn_pairs", paired.pairs());
            }
            e.put("dataset", m.dataset()).put("samples", m.samples())
                    .put("metric", m.metric()).put("value", m.metricValue()).put("delta_points", m.metricDeltaPoints(base));
            m.fidelity().ifPresent(f -> e.put("mean_cosine_to_baseline", f));
            m.worstFidelity().ifPresent(f -> e.put("worst_cosine_to_baseline", f));
            e.put("pareto", front.contains(m));
            ExperimentChecks.warnings(m, base).forEach(e.putArray("warnings")::add);
        }
        return entries;
    }

    private static String shorten(String name) {
        return name.length() <= 34 ? name : "…" + name.substring(name.length() - 33);
    }
}
