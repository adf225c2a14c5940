package io.tensorscope.engine.train;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.Arrays;
import java.util.Random;

/**
 * The images a run trains on and those it holds out to score each epoch, both from the training data (never a test
 * set): the first {@code count} images are shuffled with the seed and the last {@value #PERCENT} % of that order
 * (at least one image) is held out.
 *
 * @param train      indices trained on
 * @param validation indices held out
 */
record ValidationSplit(int[] train, int[] validation) {

    /** Share of the images held out, percent. */
    static final int PERCENT = 10;

    /**
     * @throws TensorscopeException {@code BAD_ARGUMENT} when fewer than two images leave nothing to train or to score
     */
    static ValidationSplit of(int count, long seed) throws TensorscopeException {
        if (count < 2) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "the data set has " + count + " image"
                    + (count == 1 ? "" : "s") + ": training needs at least 2 (" + PERCENT + " % are held out to "
                    + "validate)");
        }
        int held = Math.max(1, count * PERCENT / 100);
        int[] order = shuffled(count, new Random(seed));
        return new ValidationSplit(Arrays.copyOfRange(order, 0, count - held), Arrays.copyOfRange(order, count - held,
                count));
    }

    /** @return 0..count-1 in a Fisher–Yates order drawn from {@code random} */
    static int[] shuffled(int count, Random random) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        return shuffle(order, random);
    }

    /** @return a shuffled copy of {@code values} */
    static int[] shuffle(int[] values, Random random) {
        int[] order = values.clone();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
