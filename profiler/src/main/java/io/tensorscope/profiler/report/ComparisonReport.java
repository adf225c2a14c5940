package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.profiler.experiment.ExperimentChecks;
import io.tensorscope.profiler.experiment.ExperimentCost;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.experiment.ParetoFront;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The {@code compare} report: one entry per model against the first (the baseline) — size, latency, speed-up, metric
 * and its change in points, fidelity for texts, and whether it is on the accuracy/latency Pareto front.
 */
public final class ComparisonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ComparisonReport() {
    }

    /** Writes the table; {@code models.get(0)} is the baseline. */
    public static void write(List<ExperimentSummary> models, PrintWriter out) {
        ExperimentSummary base = models.get(0);
        List<ExperimentSummary> front = ParetoFront.of(models, ExperimentCost.LATENCY_MILLIS);
        out.printf(Locale.ROOT, "%s on %s (%d samples); latency on 1 thread; * = on the accuracy/latency Pareto front%n",
                base.metric(), base.dataset(), base.samples());
        out.printf(Locale.ROOT, "%-2s%-34s %10s %7s %11s %9s %9s %9s %s%n", "", "model", "size", "% size", "median ms",
                "speed-up", "metric", "delta pt", "fidelity");
        for (ExperimentSummary m : models) {
            out.printf(Locale.ROOT, "%-2s%-34s %10s %6.1f%% %11.3f %8.2fx %8.2f%% %+9.2f %s%n", front.contains(m) ? "*" : "",
                    shorten(m.name()), HumanUnits.bytes(m.sizeBytes()), 100 * m.sizeFractionOf(base),
                    m.latencyMillis().median(), m.speedUpOver(base), 100 * m.metricValue(), m.metricDeltaPoints(base),
                    m.fidelity().isPresent() ? String.format(Locale.ROOT, "%.4f / %.4f", m.fidelity().getAsDouble(),
                            m.worstFidelity().orElse(Double.NaN)) : "");
        }
        for (ExperimentSummary m : models) {
            ExperimentChecks.warnings(m, base).forEach(w -> out.println("warning: " + shorten(m.name()) + ": " + w));
        }
    }

    /** @return {@code [{"model", "size_bytes", "latency_ms": {...}, "speedup", "metric", "value", "delta_points", ...}]} */
    public static ArrayNode toJson(List<ExperimentSummary> models) {
        ExperimentSummary base = models.get(0);
        List<ExperimentSummary> front = ParetoFront.of(models, ExperimentCost.LATENCY_MILLIS);
        ArrayNode entries = MAPPER.createArrayNode();
        for (ExperimentSummary m : models) {
            ObjectNode e = entries.addObject();
            e.put("model", m.name()).put("size_bytes", m.sizeBytes()).put("size_fraction", m.sizeFractionOf(base));
            e.putObject("latency_ms").put("median", m.latencyMillis().median()).put("p10", m.latencyMillis().p10())
                    .put("p90", m.latencyMillis().p90());
            e.put("speedup", m.speedUpOver(base)).put("dataset", m.dataset()).put("samples", m.samples())
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
