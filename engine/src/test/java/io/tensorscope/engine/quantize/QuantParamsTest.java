package io.tensorscope.engine.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantParamsTest {

    @Test
    void asymmetricUsesTheTextbookLevelFormula() {
        QuantParams p = QuantParams.asymmetricUint8(-1.0f, 3.0f);
        assertEquals(4.0f / 255, p.scale(), 1e-9);
        assertEquals(Math.round(1.0f / (4.0f / 255)), p.zeroPoint());
        assertEquals(p.zeroPoint(), p.quantize(0f), "real 0 is exact");
        assertEquals(0f, p.dequantize(p.quantize(0f)), 0f);
    }

    @Test
    void roundTripErrorIsAtMostHalfAStepInsideTheRange() {
        Random random = new Random(5);
        for (QuantParams p : new QuantParams[] {QuantParams.asymmetricUint8(-2.5f, 7.25f), QuantParams.symmetricInt8(-3f, 1f)}) {
            for (int i = 0; i < 10_000; i++) {
                float lo = p.dequantize(p.qmin());
                float hi = p.dequantize(p.qmax());
                float x = lo + random.nextFloat() * (hi - lo);
                float error = Math.abs(p.dequantize(p.quantize(x)) - x);
                assertTrue(error <= p.scale() / 2 + 1e-6, x + " came back off by " + error + " (step " + p.scale() + ")");
            }
        }
    }

    @Test
    void valuesOutsideTheRangeClampAndSymmetricHasZeroPointZero() {
        QuantParams p = QuantParams.symmetricInt8(-3f, 1f);
        assertEquals(0, p.zeroPoint());
        int q = WeightRange.QMAX;
        assertEquals(3f / q, p.scale(), 1e-9);
        assertEquals(q, p.quantize(100f));
        assertEquals(-q, p.quantize(-100f));
        QuantParams constant = QuantParams.asymmetricUint8(0f, 0f);
        assertEquals(1f, constant.scale(), "a constant-zero tensor keeps a usable scale");
    }

    @Test
    void weightsUseSevenBitsExactlyWhereInt8ProductsCanSaturate() {
        assertTrue(WeightRange.hasVnni("flags\t\t: fpu avx2 avx512f avx512_vnni sha_ni"));
        assertTrue(WeightRange.hasVnni("flags\t\t: fpu avx2 avx_vnni"));
        assertFalse(WeightRange.hasVnni("flags\t\t: fpu avx2 avx512f"), "AVX-512 without VNNI saturates too");
        assertEquals(WeightRange.saturates() ? 63 : 127, WeightRange.QMAX);
    }
}
