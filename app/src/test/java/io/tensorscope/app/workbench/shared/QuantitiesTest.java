package io.tensorscope.app.workbench.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The compact forms that numeric table cells show instead of cutting the full value. */
class QuantitiesTest {

    @Test
    void compactCountsKeepThreeSignificantDigitsWithADecimalPrefix() {
        assertEquals("21.3 M", Quantities.compact(21_270_528L));
        assertEquals("151 k", Quantities.compact(150_528L));
        assertEquals("1.00 k", Quantities.compact(1_000L));
        assertEquals("9.99 k", Quantities.compact(9_994L), "rounds down below the half");
        assertEquals("10.0 k", Quantities.compact(9_996L), "rounds up at the half and gains a digit");
        assertEquals("1.00 M", Quantities.compact(999_600L), "rounding up may change the prefix");
        assertEquals("2.89 G", Quantities.compact(2_890_000_000L));
    }

    @Test
    void smallCountsPrintAsTheyAreAndNullIsUnknown() {
        assertEquals("0", Quantities.compact(0L));
        assertEquals("999", Quantities.compact(999L));
        assertEquals(Quantities.UNKNOWN, Quantities.compact(null));
    }

    @Test
    void compactBytesUsePowersOf1024() {
        assertEquals("4.6 MiB", Quantities.compactBytes(4_823_449L));
        assertEquals("512 B", Quantities.compactBytes(512L));
        assertEquals("1.0 KiB", Quantities.compactBytes(1_024L));
        assertEquals(Quantities.UNKNOWN, Quantities.compactBytes(null));
    }
}
