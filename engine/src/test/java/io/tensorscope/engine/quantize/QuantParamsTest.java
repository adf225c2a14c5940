package io.tensorscope.engine.quantize;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(3f / 127, p.scale(), 1e-9);
        assertEquals(127, p.quantize(100f));
        assertEquals(-127, p.quantize(-100f));
        QuantParams constant = QuantParams.asymmetricUint8(0f, 0f);
        assertEquals(1f, constant.scale(), "a constant-zero tensor keeps a usable scale");
    }
}
