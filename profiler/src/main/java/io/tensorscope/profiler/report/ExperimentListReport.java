package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.tensorscope.profiler.workspace.ExperimentRow;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code experiments list}: one line per experiment (short id, time, name, parent, model, size, median latency,
 * score), or the same as JSON (full ids and digests, snake_case keys, units in names).
 */
public final class ExperimentListReport {

    /** Characters of an id shown in the table; {@code experiments show} takes any unique prefix of 4 or more. */
    public static final int SHORT_ID = 8;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String LINE = "%-8s  %-16s  %-28s  %-8s  %-20s  %9s  %10s  %s%n";

    private ExperimentListReport() {
    }

    /** Writes the table, newest first as given; a line saying so when there is nothing to list. */
    public static void write(List<ExperimentRow> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("no experiments recorded");
            return;
        }
        out.printf(Locale.ROOT, LINE, "ID", "CREATED (UTC)", "NAME", "PARENT", "MODEL", "SIZE", "MEDIAN", "SCORE");
        for (ExperimentRow r : rows) {
            out.printf(Locale.ROOT, LINE, shortId(r.id()), MINUTES.format(r.createdAt()), r.name(),
                    r.parentId() == null ? "-" : shortId(r.parentId()), r.modelName(), HumanUnits.bytes(r.modelSizeBytes()),
                    r.latencyMedianMs() == null ? "-" : String.format(Locale.ROOT, "%.3f ms", r.latencyMedianMs()),
                    score(r.metric(), r.metricValue()));
        }
    }

    /** @return the rows as a JSON array */
    public static ArrayNode toJson(List<ExperimentRow> rows) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        for (ExperimentRow r : rows) {
            array.addObject().put("id", r.id()).put("created_at", r.createdAt().toString()).put("name", r.name())
                    .put("parent_id", r.parentId()).put("model_name", r.modelName())
                    .put("model_sha256", r.modelSha256()).put("model_size_bytes", r.modelSizeBytes())
                    .put("latency_median_ms", r.latencyMedianMs()).put("metric", r.metric())
                    .put("metric_value", r.metricValue());
        }
        return array;
    }

    /** @return the first {@link #SHORT_ID} characters of {@code id} */
    public static String shortId(String id) {
        return id.length() <= SHORT_ID ? id : id.substring(0, SHORT_ID);
    }

    /** @return e.g. {@code 98.91 % top-1 accuracy} (accuracies in per cent), or {@code -} when not scored */
    static String score(String metric, Double value) {
        if (value == null) {
            return "-";
        }
        boolean accuracy = metric != null && metric.contains("accuracy");
        return (accuracy ? String.format(Locale.ROOT, "%.2f %%", 100 * value) : String.format(Locale.ROOT, "%.4f", value))
                + " " + metric;
    }
}
