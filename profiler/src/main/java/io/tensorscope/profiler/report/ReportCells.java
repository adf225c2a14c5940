package io.tensorscope.profiler.report;

import java.util.List;
import java.util.Locale;

/** How a cell of a pass report's section reads, in the CLI and the workbench alike. */
public final class ReportCells {

    /** Shown for a cell that does not apply. */
    public static final String NONE = "—";

    private ReportCells() {
    }

    /**
     * @return text: whole numbers as they are, real numbers with 4 significant digits, a list as its one value when
     * all agree or as {@code min..max}, {@value #NONE} for null
     */
    public static String text(Object cell) {
        if (cell == null) {
            return NONE;
        }
        if (cell instanceof Double d) {
            return String.format(Locale.ROOT, "%.4g", d);
        }
        if (cell instanceof List<?> list) {
            return list(list);
        }
        return String.valueOf(cell);
    }

    private static String list(List<?> list) {
        if (list.isEmpty()) {
            return NONE;
        }
        if (list.stream().distinct().count() == 1) {
            return text(list.get(0));
        }
        if (list.stream().allMatch(Number.class::isInstance)) {
            double min = list.stream().mapToDouble(n -> ((Number) n).doubleValue()).min().orElseThrow();
            double max = list.stream().mapToDouble(n -> ((Number) n).doubleValue()).max().orElseThrow();
            boolean whole = list.get(0) instanceof Long;
            return whole ? (long) min + ".." + (long) max : String.format(Locale.ROOT, "%.2g..%.2g", min, max);
        }
        return String.join(", ", list.stream().map(ReportCells::text).toList());
    }
}
