package io.tensorscope.profiler.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A JSON generator that writes floating-point numbers without binary noise: rounded to
 * {@value #SIGNIFICANT_DIGITS} significant digits (far finer than anything measured here), so
 * {@code 0.1 + 0.2} is written {@code 0.3}, not {@code 0.30000000000000004}; whole numbers keep one decimal
 * ({@code 2.0}) so a reader still sees a floating-point value. NaN and infinities are passed on unchanged.
 */
public final class CleanNumbers extends JsonGeneratorDelegate {

    /** Significant digits kept. */
    static final int SIGNIFICANT_DIGITS = 12;
    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS);

    CleanNumbers(JsonGenerator delegate) {
        super(delegate, false);
    }

    @Override
    public void writeNumber(double value) throws IOException {
        if (!Double.isFinite(value)) {
            super.writeNumber(value);
            return;
        }
        super.writeNumber(clean(value));
    }

    @Override
    public void writeNumber(float value) throws IOException {
        writeNumber(Double.parseDouble(Float.toString(value)));
    }

    /** @return {@code value} rounded to {@value #SIGNIFICANT_DIGITS} significant digits, at least one decimal */
    public static BigDecimal clean(double value) {
        BigDecimal rounded = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        return rounded.scale() < 1 ? rounded.setScale(1) : rounded;
    }
}
