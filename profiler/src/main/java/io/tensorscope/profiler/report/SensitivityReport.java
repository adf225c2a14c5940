package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.sensitivity.SensitivityPoint;
import io.tensorscope.profiler.sensitivity.SensitivityResult;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A sensitivity analysis for people (one row per layer and level, then the ranking) and as JSON:
 * {@code {pass, dataset, samples, metric, original: {value, latency_ms}, levels, ranking, points: [{layer, level,
 * value, delta_points, latency_ms, speedup, mean_cosine_to_original (text models)}]}}.
 */
public final class SensitivityReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SensitivityReport() {
    }

    /** Writes the table and the ranking. */
    public static void write(SensitivityResult result, PrintWriter out) {
        ExperimentSummary o = result.original();
        out.printf(Locale.ROOT, "%s, one layer at a time: %s on %s (%d samples), latency on 1 thread; original %.2f %%, "
                        + "%.3f ms%n", result.pass(), o.metric(), o.dataset(), o.samples(), 100 * o.metricValue(),
                o.latencyMillis().median());
        int width = Math.max(5, result.layers().stream().mapToInt(String::length).max().orElse(5));
        out.printf(Locale.ROOT, "%-" + width + "s  %6s  %9s  %8s  %9s  %8s  %s%n", "layer", "level", "metric",
                "delta pt", "median ms", "speed-up", "fidelity");
        for (SensitivityPoint p : result.points()) {
            out.printf(Locale.ROOT, "%-" + width + "s  %6s  %8.2f%%  %+8.2f  %9.3f  %7.2fx  %s%n", p.layer(),
                    Double.isNaN(p.level()) ? "—" : String.format(Locale.ROOT, "%.2f", p.level()), 100 * p.metricValue(),
                    p.deltaPoints(), p.latencyMs(), p.speedUp(), Double.isNaN(p.fidelity()) ? ""
                            : String.format(Locale.ROOT, "%.4f", p.fidelity()));
        }
        out.println("most sensitive first: " + String.join(", ", result.ranking()));
    }

    /** @return the analysis as JSON, with the original's experiment record (what every point was made from) */
    public static ObjectNode json(SensitivityResult result, PassRegistry registry) {
        ExperimentSummary o = result.original();
        ObjectNode root = MAPPER.createObjectNode().put("pass", result.pass()).put("dataset", o.dataset())
                .put("samples", o.samples()).put("metric", o.metric());
        root.putObject("original").put("value", o.metricValue()).put("latency_ms", o.latencyMillis().median());
        root.set("original_record", ExperimentRecordJson.write(result.originalRecord(), registry));
        result.levels().forEach(root.putArray("levels")::add);
        result.ranking().forEach(root.putArray("ranking")::add);
        ArrayNode points = root.putArray("points");
        for (SensitivityPoint p : result.points()) {
            ObjectNode point = points.addObject().put("layer", p.layer());
            if (Double.isNaN(p.level())) {
                point.putNull("level");
            } else {
                point.put("level", p.level());
            }
            point.put("value", p.metricValue()).put("delta_points", p.deltaPoints()).put("latency_ms", p.latencyMs())
                    .put("speedup", p.speedUp());
            if (!Double.isNaN(p.fidelity())) {
                point.put("mean_cosine_to_original", p.fidelity());
            }
        }
        return root;
    }
}
