package io.tensorscope.engine.data;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.Printable;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV file record by record with Apache Commons CSV, as RFC 4180 describes it: fields separated by
 * commas, a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}); {@code \n},
 * {@code \r\n} or {@code \r} line ends; a leading byte-order mark and blank lines are ignored. Only the current record
 * is held, and one longer than {@link #MAX_RECORD_CHARS} is refused before it is buffered whole.
 */
final class Csv implements AutoCloseable {

    /**
     * Most characters of one record (16 Mi): far more than any text a model reads (texts are cut to a few thousand
     * characters before tokenizing), far less than the memory of a machine.
     */
    static final int MAX_RECORD_CHARS = 1 << 24;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /**
     * One record.
     *
     * @param line   1-based line of the file where the record starts
     * @param fields its fields, unquoted
     */
    record Row(long line, List<String> fields) {
    }

    private final Path file;
    private final RecordBoundedReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private Csv(Path file, RecordBoundedReader reader) throws IOException {
        this.file = file;
        this.reader = reader;
        this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    /**
     * @return the file opened at its first record, records capped at {@link #MAX_RECORD_CHARS}
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the file is missing or unreadable
     */
    static Csv open(Path file) throws TensorscopeException {
        return open(file, MAX_RECORD_CHARS);
    }

    /** @return as {@link #open(Path)}, records capped at {@code maxRecordChars} characters (line ends included) */
    static Csv open(Path file, int maxRecordChars) throws TensorscopeException {
        try {
            return new Csv(file, new RecordBoundedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8),
                    maxRecordChars));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * @return the next record that is not blank, or null after the last
     * @throws TensorscopeException {@code UNREADABLE_FILE} if the file cannot be read or is not UTF-8;
     *                              {@code BAD_ARGUMENT} (naming the line) if a record is longer than the cap, a quoted
     *                              field is not closed or text follows its closing quote
     */
    Row next() throws TensorscopeException {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                Row row = new Row(reader.recordLine(), record.toList());
                reader.startRecord();
                if (row.fields().size() > 1 || !row.fields().get(0).isBlank()) {
                    return row;
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw failure(e.getCause());
        }
    }

    private TensorscopeException failure(IOException cause) {
        if (cause instanceof RecordBoundedReader.RecordTooLong tooLong) {
            return bad(file, tooLong.line(), tooLong.getMessage());
        }
        if (cause instanceof CSVException) {
            String message = String.valueOf(cause.getMessage());
            return bad(file, reader.recordLine(), message.contains("EOF reached before encapsulated token finished")
                    ? "a quoted field is never closed"
                    : message.contains("between encapsulated token and delimiter")
                    ? "text after a closing quote; double quotes inside a quoted field (\"\")"
                    : "not valid CSV (" + Printable.of(message) + ")");
        }
        return unreadable(file, cause);
    }

    private static TensorscopeException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new TensorscopeException(ErrorCode.UNREADABLE_FILE, file + ": no such file", e);
        }
        if (e instanceof CharacterCodingException) {
            return new TensorscopeException(ErrorCode.UNREADABLE_FILE, file + ": not UTF-8 text; save it as UTF-8", e);
        }
        return new TensorscopeException(ErrorCode.UNREADABLE_FILE, file + ": cannot read (" + e.getMessage() + ")", e);
    }

    /** @return a {@code BAD_ARGUMENT} error naming the file and line */
    static TensorscopeException bad(Path file, long line, String problem) {
        return new TensorscopeException(ErrorCode.BAD_ARGUMENT, file + " line " + line + ": " + problem);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a file only read loses nothing
        }
    }
}
