package io.tensorscope.engine.pass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;

/**
 * A pass-specific section of a {@link PassReport}: a titled table that the text, JSON and workbench renderers show
 * as it is, without knowing the pass. Cells hold a {@code String}, a {@code Boolean}, a number, a {@code List} of
 * numbers (per-channel values) or null (does not apply). Whole numbers are kept as {@code Long} and real numbers as
 * {@code Double}, so a table reads back from JSON equal to itself.
 *
 * @param key     snake_case key in JSON, e.g. {@code tensors}
 * @param title   heading for people, e.g. {@code Quantized tensors}
 * @param columns the columns, in order
 * @param rows    one list of cells per row, each as long as {@code columns}
 */
public record ReportTable(String key, String title, List<Column> columns, List<List<Object>> rows) {

    /**
     * @param key   snake_case key in JSON, e.g. {@code zero_point}
     * @param title heading for people, e.g. {@code Zero pt}
     */
    public record Column(String key, String title) {
    }

    public ReportTable {
        Objects.requireNonNull(key);
        Objects.requireNonNull(title);
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in a table of " + columns.size()
                        + " columns");
            }
            List<Object> cells = new ArrayList<>(row.size());
            row.forEach(cell -> cells.add(normalized(cell)));
            copied.add(Collections.unmodifiableList(cells));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** @return row {@code index} as column key → cell, in column order */
    public Map<String, Object> rowAsMap(int index) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            row.put(columns.get(c).key(), rows.get(index).get(c));
        }
        return row;
    }

    /** @return the first row whose cell in column {@code key} equals {@code value}, as a map */
    public Optional<Map<String, Object>> findRow(String key, Object value) {
        int column = columnIndex(key);
        for (int r = 0; column >= 0 && r < rows.size(); r++) {
            if (Objects.equals(rows.get(r).get(column), value)) {
                return Optional.of(rowAsMap(r));
            }
        }
        return Optional.empty();
    }

    /** @return the position of the column keyed {@code key}, or -1 */
    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Object normalized(Object cell) {
        if (cell instanceof Float || cell instanceof Double) {
            return ((Number) cell).doubleValue();
        }
        if (cell instanceof Number n) {
            return n.longValue();
        }
        if (cell instanceof List<?> list) {
            return list.stream().map(ReportTable::normalized).toList();
        }
        if (cell == null || cell instanceof String || cell instanceof Boolean) {
            return cell;
        }
        throw new IllegalArgumentException("a report cell holds text, numbers, lists of them or null, not " + cell.getClass());
    }
}
