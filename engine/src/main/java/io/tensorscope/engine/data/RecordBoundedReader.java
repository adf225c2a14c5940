package io.tensorscope.engine.data;

import io.tensorscope.engine.Printable;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a CSV record longer than a cap before the parser has buffered it, and counts physical lines.
 * It hands out at most one line per {@code read} (through its {@code \n}), so what the parser has read equals what it
 * has parsed at the end of each record; the caller marks that point with {@link #startRecord()}. A leading byte-order
 * mark is skipped. Files with bare {@code \r} line ends are bounded the same, but the line named may be one late.
 */
final class RecordBoundedReader extends Reader {

    /** Thrown from {@code read} when the record being parsed passes the cap. */
    static final class RecordTooLong extends IOException {
        private final long line;

        RecordTooLong(long line, int maxChars, String head) {
            super("a record longer than " + maxChars + " characters, the most one row may hold: \""
                    + Printable.of(head) + "…\"");
            this.line = line;
        }

        /** @return 1-based line where the record starts */
        long line() {
            return line;
        }
    }

    private final Reader in;
    private final int maxRecordChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder head = new StringBuilder(Printable.MAX_CHARS);
    private int next;
    private int end;
    private boolean started;
    private boolean afterCr;
    private long line = 1;
    private long recordLine = 1;
    private long recordChars;

    /**
     * @param in             the decoded text
     * @param maxRecordChars most characters of one record, its line ends included
     */
    RecordBoundedReader(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** Marks the start of the next record at what has been read so far. */
    void startRecord() {
        recordLine = line;
        recordChars = 0;
        head.setLength(0);
    }

    /** @return 1-based line where the record being read (or just read) starts */
    long recordLine() {
        return recordLine;
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (next == end && !fill()) {
            return -1;
        }
        int n = 0;
        while (n < length && next < end) {
            char c = buffer[next++];
            out[offset + n++] = c;
            count(c);
            if (c == '\n' || c == '\r' && (next == end || buffer[next] != '\n')) {
                break;
            }
        }
        return n;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        next = 0;
        end = Math.max(n, 0);
        if (!started && end > 0) {
            started = true;
            next = buffer[0] == '\uFEFF' ? 1 : 0;
            return next < end || fill();
        }
        return end > 0;
    }

    private void count(char c) throws RecordTooLong {
        if (++recordChars > maxRecordChars) {
            throw new RecordTooLong(recordLine, maxRecordChars, head.toString());
        }
        if (head.length() < Printable.MAX_CHARS) {
            head.append(c);
        }
        if (c == '\r' || c == '\n' && !afterCr) {
            line++;
        }
        afterCr = c == '\r';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
