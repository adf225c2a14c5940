package io.tensorscope.profiler.report.gain;

import java.util.List;
import java.util.function.Consumer;

/** One block of a report page, in reading order; every page format renders the same blocks. */
sealed interface ReportBlock {

    /** A section title ({@code level} 1 for the report's title, 2 for a section, 3 for a subsection). */
    record Heading(int level, String text) implements ReportBlock {
    }

    /** A paragraph; a {@code note} is set smaller and grey. */
    record Paragraph(String text, boolean note) implements ReportBlock {
    }

    /** A table: column headers and rows of cells (every row as wide as the headers). */
    record Table(List<String> headers, List<List<Cell>> rows) implements ReportBlock {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A chart of {@link ChartFrame#WIDTH} × {@link ChartFrame#HEIGHT} points, drawn on whatever sketch is given. */
    record Chart(String label, Consumer<Sketch> drawing) implements ReportBlock {
    }

    /**
     * A table cell.
     *
     * @param text   what it says
     * @param isText left-aligned text (true) or a right-aligned figure
     * @param style  {@code meets}, {@code misses} or empty
     */
    record Cell(String text, boolean isText, String style) {

        static Cell text(String text) {
            return new Cell(text, true, "");
        }

        static Cell figure(String text) {
            return new Cell(text, false, "");
        }
    }
}
