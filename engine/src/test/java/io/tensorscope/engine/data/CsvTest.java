package io.tensorscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 4180 quoting, line ends and line numbers. */
class CsvTest {

    @TempDir
    Path dir;

    private List<Csv.Row> read(String content) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, content);
        return Csv.read(file);
    }

    @Test
    void quotesCommasNewlinesAndDoubledQuotes() throws Exception {
        List<Csv.Row> rows = read("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\nlast,\"\"");
        assertEquals(List.of(new Csv.Row(1, List.of("a", "b")), new Csv.Row(2, List.of("x, y", "say \"hi\"")),
                new Csv.Row(3, List.of("two\nlines", "z")), new Csv.Row(6, List.of("last", ""))), rows);
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
                assertThrows(TensorscopeException.class, () -> Csv.read(dir.resolve("none.csv"))).code());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "text,label\ncaf\u00e9,a\n".getBytes(StandardCharsets.ISO_8859_1));
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> Csv.read(latin1));
        assertEquals(ErrorCode.UNREADABLE_FILE, e.code());
        assertEquals(latin1 + ": not UTF-8 text; save it as UTF-8", e.getMessage());
    }
}
