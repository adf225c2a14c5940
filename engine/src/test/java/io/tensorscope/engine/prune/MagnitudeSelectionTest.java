package io.tensorscope.engine.prune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The k smallest magnitudes zeroed: exact counts, ties by position, zeros already there counted. */
class MagnitudeSelectionTest {

    @Test
    void equalMagnitudesAreZeroedInIndexOrder() {
        float[] values = {3, -1, 1, 2, 1, -1};
        MagnitudeSelection.zeroSmallest(List.of(values), 3);
        assertArrayEquals(new float[] {3, 0, 0, 2, 0, -1}, values);
    }

    @Test
    void acrossArraysTiesGoToTheEarlierArrayFirst() {
        float[] first = {1, 5};
        float[] second = {1, 1};
        MagnitudeSelection.zeroSmallest(List.of(first, second), 2);
        assertArrayEquals(new float[] {0, 5}, first);
        assertArrayEquals(new float[] {0, 1}, second);
    }

    @Test
    void zerosAlreadyThereCountTowardsTheCount() {
        float[] values = {0, -0f, 0, 4, -3, 2, 1, 5, -6, 7};
        MagnitudeSelection.zeroSmallest(List.of(values), 5);
        assertArrayEquals(new float[] {0, 0, 0, 4, -3, 0, 0, 5, -6, 7}, values, "-0 counts as zero and becomes +0");

        float[] mostlyZero = {0, 0, 0, 1};
        MagnitudeSelection.zeroSmallest(List.of(mostlyZero), 1);
        assertArrayEquals(new float[] {0, 0, 0, 1}, mostlyZero, "no weight is zeroed beyond those already zero");
    }

    @Test
    void theCountIsExactAndEveryZeroedMagnitudeIsAtMostEveryKeptOne() {
        Random random = new Random(11);
        float[] values = new float[10_001];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian() * (i % 7 == 0 ? 1e-6f : 1f);
        }
        values[5] = values[6];
        float[] original = values.clone();
        MagnitudeSelection.zeroSmallest(List.of(values), 4_321);
        float largestZeroed = 0;
        float smallestKept = Float.MAX_VALUE;
        int zeroed = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 0) {
                zeroed++;
                largestZeroed = Math.max(largestZeroed, Math.abs(original[i]));
            } else {
                assertEquals(original[i], values[i], "kept weights keep their value");
                smallestKept = Math.min(smallestKept, Math.abs(original[i]));
            }
        }
        assertEquals(4_321, zeroed);
        assertEquals(true, largestZeroed <= smallestKept, largestZeroed + " zeroed, " + smallestKept + " kept");
    }

    @Test
    void zeroOrAllValuesAreAllowedAndMoreIsRefused() {
        float[] values = {1, -2};
        MagnitudeSelection.zeroSmallest(List.of(values), 0);
        assertArrayEquals(new float[] {1, -2}, values);
        MagnitudeSelection.zeroSmallest(List.of(values), 2);
        assertArrayEquals(new float[] {0, 0}, values);
        assertThrows(IllegalArgumentException.class, () -> MagnitudeSelection.zeroSmallest(List.of(values), 3));
    }
}
