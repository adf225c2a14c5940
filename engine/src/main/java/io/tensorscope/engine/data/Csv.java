package io.tensorscope.engine.data;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 CSV file as RFC 4180 describes it: fields separated by commas, a field in double quotes may
 * hold commas, line breaks and doubled quotes ({@code ""}); {@code \n} or {@code \r\n} line ends; a leading
 * byte-order mark and blank lines are ignored.
 */
final class Csv {

    /**
     * One record.
     *
     * @param line   1-based line of the file where the record starts
     * @param fields its fields, unquoted
     */
    record Row(int line, List<String> fields) {
    }

    private Csv() {
    }

    /**
     * @return every record of {@code file}, the header included
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the file is missing, unreadable or not UTF-8;
     *                              {@code BAD_ARGUMENT} if a quoted field is not closed or text follows its
     *                              closing quote
     */
    static List<Row> read(Path file) throws TensorscopeException {
        String text = content(file);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        boolean quoted = false;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                    if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                        throw bad(file, line, "text after a closing quote; double quotes inside a quoted field (\"\")");
                    }
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                endRow(rows, fields, field, rowLine);
                rowLine = ++line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw bad(file, rowLine, "a quoted field is never closed");
        }
        endRow(rows, fields, field, rowLine);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, int line) {
        fields.add(field.toString());
        field.setLength(0);
        if (fields.size() > 1 || !fields.get(0).isBlank()) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
        fields.clear();
    }

    private static String content(Path file) throws TensorscopeException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, file + ": not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** @return a {@code BAD_ARGUMENT} error naming the file and line */
    static TensorscopeException bad(Path file, int line, String problem) {
        return new TensorscopeException(ErrorCode.BAD_ARGUMENT, file + " line " + line + ": " + problem);
    }
}
