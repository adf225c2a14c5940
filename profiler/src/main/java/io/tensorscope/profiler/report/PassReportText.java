package io.tensorscope.profiler.report;

import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.ReportTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A pass's report for people: what changed, the size, warnings and notes, then each section as a table. */
public final class PassReportText {

    /** Widest a column but the last is printed; longer cells keep their end ("…" + tail). */
    private static final int MAX_WIDTH = 52;

    private PassReportText() {
    }

    /** Writes the report, listing at most {@code rows} rows of each section. */
    public static void write(PassReport report, int rows, PrintWriter out) {
        out.println(summary(report));
        out.printf(Locale.ROOT, "size %s -> %s (%.1f %% of the original)%n", HumanUnits.bytes(report.bytesBefore()),
                HumanUnits.bytes(report.bytesAfter()), 100 * report.sizeRatio());
        report.warnings().forEach(w -> out.println("warning: " + w));
        report.notes().forEach(n -> out.println("note: " + n));
        for (ReportTable table : report.sections()) {
            out.println();
            out.println(table.title() + " (" + table.rows().size() + ")");
            write(table, rows, out);
        }
    }

    /** @return e.g. {@code dynamic-int8: 39 nodes changed, 0 kept by the exclusion list; 190 added, 0 removed} */
    public static String summary(PassReport report) {
        return String.format(Locale.ROOT, "%s: %d nodes changed, %d kept by the exclusion list; %d added, %d removed",
                report.pass(), report.changed().size(), report.excluded().size(), report.added().size(),
                report.removed().size());
    }

    private static void write(ReportTable table, int limit, PrintWriter out) {
        List<String[]> lines = new ArrayList<>();
        lines.add(table.columns().stream().map(ReportTable.Column::title).toArray(String[]::new));
        int last = table.columns().size() - 1;
        table.rows().stream().limit(limit).forEach(row -> {
            String[] cells = new String[row.size()];
            for (int c = 0; c < cells.length; c++) {
                String text = ReportCells.text(row.get(c));
                cells[c] = c == last ? text : shorten(text);
            }
            lines.add(cells);
        });
        int[] widths = new int[table.columns().size()];
        lines.forEach(line -> {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        });
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < line.length; c++) {
                text.append(c == 0 ? "" : "  ").append(c == line.length - 1 ? line[c] : pad(line[c], widths[c]));
            }
            out.println(text.toString().stripTrailing());
        }
        if (table.rows().size() > limit) {
            out.printf(Locale.ROOT, "... %d more (all in the JSON report)%n", table.rows().size() - limit);
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_WIDTH ? text : "…" + text.substring(text.length() - MAX_WIDTH + 1);
    }
}
