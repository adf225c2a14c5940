package io.tensorscope.engine.data;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.Printable;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A CSV whose header row names two wanted columns (any order, case ignored, other columns ignored), read sample by
 * sample: only the current row is held. Errors name the file and line ({@code BAD_ARGUMENT}: empty file, no header,
 * no samples, too few columns, empty label; and those of {@link Csv}).
 */
final class CsvTable implements AutoCloseable {

    /**
     * One sample.
     *
     * @param line  1-based line where its row starts
     * @param value its cell of the first wanted column, as written
     * @param label its cell of the second wanted column, stripped, never empty
     */
    record Sample(long line, String value, String label) {
    }

    private final Csv csv;
    private final Path file;
    private final String names;
    private final int[] columns;
    private final long headerLine;
    private long samples;

    private CsvTable(Csv csv, Path file, String names, int[] columns, long headerLine) {
        this.csv = csv;
        this.file = file;
        this.names = names;
        this.columns = columns;
        this.headerLine = headerLine;
    }

    /**
     * @return {@code file} opened after its header row, which names the columns {@code first} and {@code second}
     * @throws TensorscopeException {@code UNREADABLE_FILE} or {@code BAD_ARGUMENT} as the class comment says
     */
    static CsvTable open(Path file, String first, String second) throws TensorscopeException {
        Csv csv = Csv.open(file);
        try {
            Csv.Row header = csv.next();
            if (header == null) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, file + " is empty; expected a header row '"
                        + first + "," + second + "' and one row per sample");
            }
            int[] columns = {find(header, first), find(header, second)};
            if (columns[0] < 0 || columns[1] < 0) {
                throw Csv.bad(file, header.line(), "the header row must name the columns " + first + " and " + second
                        + ", not " + Printable.of(String.join(",", header.fields()).replaceAll("\\s+", " ")));
            }
            return new CsvTable(csv, file, first + "," + second, columns, header.line());
        } catch (TensorscopeException | RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    /**
     * @return the next sample, or null after the last
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a row with too few columns or an empty label, or a header
     *                              with no samples; those of {@link Csv#next()}
     */
    Sample next() throws TensorscopeException {
        Csv.Row row = csv.next();
        if (row == null) {
            if (samples == 0) {
                throw Csv.bad(file, headerLine, "a header row but no samples");
            }
            return null;
        }
        int needed = Math.max(columns[0], columns[1]) + 1;
        if (row.fields().size() < needed) {
            throw Csv.bad(file, row.line(), row.fields().size() + " column(s), expected " + needed + " (" + names
                    + "); quote fields that hold commas");
        }
        String label = row.fields().get(columns[1]).strip();
        if (label.isEmpty()) {
            throw Csv.bad(file, row.line(), "empty label");
        }
        samples++;
        return new Sample(row.line(), row.fields().get(columns[0]), label);
    }

    private static int find(Csv.Row header, String name) {
        List<String> fields = header.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        csv.close();
    }
}
