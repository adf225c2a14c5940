package io.tensorscope.profiler.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void matchesNumpyLinearInterpolation() {
        // numpy.percentile([1..10], [50, 10, 90]) = 5.5, 1.9, 9.1
        Percentiles p = Percentiles.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertEquals(5.5, p.median(), 1e-12);
        assertEquals(1.9, p.p10(), 1e-12);
        assertEquals(9.1, p.p90(), 1e-12);
        assertEquals(10, p.count());
    }

    @Test
    void singleValueIsEveryPercentile() {
        Percentiles p = Percentiles.of(42);
        assertEquals(42, p.median());
        assertEquals(42, p.p10());
        assertEquals(42, p.p90());
    }

    @Test
    void emptyIsRejected() {
        assertThrows(IllegalArgumentException.class, Percentiles::of);
    }
}
