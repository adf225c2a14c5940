package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.tensorscope.profiler.experiment.ExperimentRow;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    private ExperimentListReport() {
    }

    /**
     * Writes the table, newest first as given; a line saying so when there is nothing to list. Built with plain
     * appends, not a format string per cell: a workspace of 10,000 experiments lists in milliseconds.
     */
    public static void write(List<ExperimentRow> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("no experiments recorded");
            return;
        }
        StringBuilder line = new StringBuilder(160);
        row(line, "ID", "CREATED (UTC)", "NAME", "PARENT", "MODEL", "SIZE", "MEDIAN", "SCORE");
        out.println(line);
        for (ExperimentRow r : rows) {
            line.setLength(0);
            row(line, shortId(r.id()), MINUTES.format(r.createdAt()), r.name(),
                    r.parentId() == null ? "-" : shortId(r.parentId()), r.modelName(), HumanUnits.bytes(r.modelSizeBytes()),
                    r.latencyMedianMs() == null ? "-" : fixed(r.latencyMedianMs(), 3) + " ms",
                    score(r.metric(), r.metricValue()));
            out.println(line);
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
        return (accuracy ? fixed(100 * value, 2) + " %" : fixed(value, 4)) + " " + metric;
    }

    private static void row(StringBuilder line, String id, String created, String name, String parent, String model,
                            String size, String median, String score) {
        padRight(line, id, 10);
        padRight(line, created, 18);
        padRight(line, name, 30);
        padRight(line, parent, 10);
        padRight(line, model, 22);
        padLeft(line, size, 9);
        line.append("  ");
        padLeft(line, median, 10);
        line.append("  ").append(score);
    }

    private static void padRight(StringBuilder line, String text, int width) {
        line.append(text);
        line.append(" ".repeat(Math.max(1, width - text.length())));
    }

    private static void padLeft(StringBuilder line, String text, int width) {
        line.append(" ".repeat(Math.max(0, width - text.length()))).append(text);
    }

    /** @return {@code value} with {@code decimals} places (rounded half up from its shortest decimal form) */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e15) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
