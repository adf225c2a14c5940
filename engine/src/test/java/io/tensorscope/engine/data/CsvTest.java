package io.tensorscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 4180 quoting, line ends, line numbers and the cap on a record's length. */
class CsvTest {

    @TempDir
    Path dir;

    private List<Csv.Row> read(String content) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, content);
        return all(file);
    }

    private static List<Csv.Row> all(Path file) throws TensorscopeException {
        return drain(Csv.open(file));
    }

    private static List<Csv.Row> drain(Csv opened) throws TensorscopeException {
        List<Csv.Row> rows = new ArrayList<>();
        try (Csv csv = opened) {
            for (Csv.Row row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void quotesCommasNewlinesAndDoubledQuotes() throws Exception {
        List<Csv.Row> rows = read("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\nlast,\"\"");
        assertEquals(List.of(new Csv.Row(1, List.of("a", "b")), new Csv.Row(2, List.of("x, y", "say \"hi\"")),
                new Csv.Row(3, List.of("two\nlines", "z")), new Csv.Row(6, List.of("last", ""))), rows);
    }

    @Test
    void crLfInsideQuotesBlankAndSpaceOnlyLinesAndLineNumbersAfterMultiLineFields() throws Exception {
        List<Csv.Row> rows = read("h1,h2\r\n\"a\r\nb\r\nc\",\"\"\"\",\"\"\"\"\"\"\r\n   \r\n\r\nx,\"1,2\"\r\n,\n");
        assertEquals(List.of(new Csv.Row(1, List.of("h1", "h2")), new Csv.Row(2, List.of("a\r\nb\r\nc", "\"", "\"\"")),
                new Csv.Row(7, List.of("x", "1,2")), new Csv.Row(8, List.of("", ""))), rows);
    }

    @Test
    void aRecordOverTheCapIsOneLineNamingFileAndLineWithAClippedQuote() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "text,label\nok,a\n" + "\u001b[31m" + "y".repeat(5000) + ",b\nlater,c\n");
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> drain(Csv.open(file, 1000)));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertEquals(file + " line 3: a record longer than 1000 characters, the most one row may hold: \"\\u001b[31m"
                + "y".repeat(95) + "…\"", e.getMessage());
        Files.writeString(file, "text,label\n\"" + "many\nshort\nlines\n".repeat(100) + "\",a\n");
        TensorscopeException multiLine = assertThrows(TensorscopeException.class, () -> drain(Csv.open(file, 1000)));
        assertTrue(multiLine.getMessage().startsWith(file + " line 2: a record longer than 1000 characters"), multiLine.getMessage());
        assertTrue(multiLine.getMessage().length() < file.toString().length() + 300, multiLine.getMessage());
        Files.writeString(file, "text,label\n" + "z".repeat(990) + ",a\n" + "w".repeat(990) + ",b\n");
        assertEquals(3, all(file).size(), "records under the cap pass, however many and however close to it");
    }

    @Test
    void unclosedQuoteAndTextAfterAQuoteAreBadArguments() throws Exception {
        TensorscopeException unclosed = assertThrows(TensorscopeException.class, () -> read("a,b\n\"open,x\n"));
        assertEquals(ErrorCode.BAD_ARGUMENT, unclosed.code());
        assertEquals(dir.resolve("t.csv") + " line 2: a quoted field is never closed", unclosed.getMessage());
        TensorscopeException stray = assertThrows(TensorscopeException.class, () -> read("a,b\n\"x\"y,z\n"));
        assertEquals(ErrorCode.BAD_ARGUMENT, stray.code());
        assertEquals(true, stray.getMessage().startsWith(dir.resolve("t.csv") + " line 2: text after a closing quote"));
    }

    @Test
    void missingAndNonUtf8FilesAreUnreadable() throws Exception {
        assertEquals(ErrorCode.UNREADABLE_FILE,
                assertThrows(TensorscopeException.class, () -> all(dir.resolve("none.csv"))).code());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "text,label\ncaf\u00e9,a\n".getBytes(StandardCharsets.ISO_8859_1));
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> all(latin1));
        assertEquals(ErrorCode.UNREADABLE_FILE, e.code());
        assertEquals(latin1 + ": not UTF-8 text; save it as UTF-8", e.getMessage());
    }
}
