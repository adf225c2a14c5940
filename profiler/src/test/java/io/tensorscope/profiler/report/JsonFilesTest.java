package io.tensorscope.profiler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON files carry numbers as a person would write them, and read back as the same values. */
class JsonFilesTest {

    @TempDir
    Path dir;

    @Test
    void floatNoiseIsRoundedAwayAndValuesReadBack() throws Exception {
        ObjectNode json = new ObjectMapper().createObjectNode().put("sum", 0.1 + 0.2).put("fraction", 1 - 0.9)
                .put("whole", 2.0).put("tiny", 3e-9 * 3).put("large", 1.5e12 / 3).put("count", 7)
                .put("float", 0.1f).put("exact", 98.93);
        Path file = dir.resolve("out.json");
        JsonFiles.write(json, file);
        String text = Files.readString(file);
        assertFalse(text.contains("0.3000") || text.contains("0.0999") || text.contains("0.1000"), text);
        assertTrue(text.contains("\"sum\" : 0.3,"), text);
        assertTrue(text.contains("\"fraction\" : 0.1,"), text);
        assertTrue(text.contains("\"whole\" : 2.0,"), text);
        assertTrue(text.contains("\"count\" : 7,"), text);
        assertTrue(text.contains("\"float\" : 0.1,"), text);
        assertTrue(text.contains("\"exact\" : 98.93"), text);
        assertTrue(text.contains("\n"), "indented");
        JsonNode read = new ObjectMapper().readTree(file.toFile());
        assertEquals(9e-9, read.path("tiny").asDouble(), 1e-20);
        assertEquals(5e11, read.path("large").asDouble(), 1e-3);
        assertTrue(read.path("whole").isFloatingPointNumber());
    }

    @Test
    void roundingKeepsTwelveSignificantDigits() {
        assertEquals("123456789012.0", CleanNumbers.clean(123456789012.4).toPlainString());
        assertEquals("0.333333333333", CleanNumbers.clean(1.0 / 3).toPlainString());
        assertEquals("-0.3", CleanNumbers.clean(-(0.1 + 0.2)).toPlainString());
    }
}
