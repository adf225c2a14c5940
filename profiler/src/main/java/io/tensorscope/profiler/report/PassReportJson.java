package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.ReportTable;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON of a pass report, and back: {@code pass, changed, added, removed, excluded, bytes_before, bytes_after, notes,
 * warnings, sections: [{key, title, columns: [{key, title}], rows: [{column key: cell}]}]}.
 */
public final class PassReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PassReportJson() {
    }

    /** @return the report as JSON */
    public static ObjectNode report(PassReport report) {
        ObjectNode root = MAPPER.createObjectNode().put("pass", report.pass());
        strings(root, "changed", report.changed());
        strings(root, "added", report.added());
        strings(root, "removed", report.removed());
        strings(root, "excluded", report.excluded());
        root.put("bytes_before", report.bytesBefore()).put("bytes_after", report.bytesAfter());
        strings(root, "notes", report.notes());
        strings(root, "warnings", report.warnings());
        ArrayNode sections = root.putArray("sections");
        for (ReportTable table : report.sections()) {
            ObjectNode section = sections.addObject().put("key", table.key()).put("title", table.title());
            ArrayNode columns = section.putArray("columns");
            table.columns().forEach(c -> columns.addObject().put("key", c.key()).put("title", c.title()));
            ArrayNode rows = section.putArray("rows");
            for (int r = 0; r < table.rows().size(); r++) {
                ObjectNode row = rows.addObject();
                table.rowAsMap(r).forEach((key, cell) -> row.set(key, MAPPER.valueToTree(cell)));
            }
        }
        return root;
    }

    /**
     * @return the report {@link #report} wrote
     * @throws TensorscopeException {@code INVALID_MODEL} when a field is missing or of the wrong type
     */
    public static PassReport read(JsonNode root) throws TensorscopeException {
        try {
            List<ReportTable> sections = new ArrayList<>();
            for (JsonNode section : root.withArray("sections")) {
                List<ReportTable.Column> columns = new ArrayList<>();
                section.get("columns").forEach(c -> columns.add(new ReportTable.Column(c.get("key").asText(),
                        c.get("title").asText())));
                List<List<Object>> rows = new ArrayList<>();
                for (JsonNode row : section.get("rows")) {
                    List<Object> cells = new ArrayList<>();
                    columns.forEach(c -> cells.add(cell(row.get(c.key()))));
                    rows.add(cells);
                }
                sections.add(new ReportTable(section.get("key").asText(), section.get("title").asText(), columns, rows));
            }
            return new PassReport(root.get("pass").asText(), strings(root, "changed"), strings(root, "added"),
                    strings(root, "removed"), strings(root, "excluded"), root.get("bytes_before").asLong(),
                    root.get("bytes_after").asLong(), strings(root, "notes"), strings(root, "warnings"), sections);
        } catch (RuntimeException e) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, "not a pass report: " + e.getMessage(), e);
        }
    }

    private static Object cell(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(n -> items.add(cell(n)));
            return items;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        return node.isBoolean() ? (Object) node.asBoolean() : node.asText();
    }

    private static void strings(ObjectNode root, String key, List<String> values) {
        ArrayNode array = root.putArray(key);
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode root, String key) {
        List<String> values = new ArrayList<>();
        JsonNode array = root.get(key);
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
