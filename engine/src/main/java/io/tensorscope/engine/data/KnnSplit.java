package io.tensorscope.engine.data;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A fixed, balanced train/test split for k-NN evaluation: the same labels, sizes and seed give the same
 * indices on every machine and Java version.
 *
 * <p>Procedure: for each class id in ascending order, its sample indices in ascending order are shuffled by
 * Fisher–Yates ({@code for i from n-1 down to 1: swap(i, random.nextInt(i + 1))}) with one
 * {@code java.util.Random(seed)} shared across classes (its generator is specified by the Java platform);
 * the first {@code trainPerClass} go to train, the next {@code testPerClass} to test.
 *
 * @param trainIndices sample indices of the training (reference) set, ascending
 * @param testIndices  sample indices of the test (query) set, ascending, disjoint from train
 */
public record KnnSplit(int[] trainIndices, int[] testIndices) {

    /**
     * @param labels        class id of every sample (ids 0..max)
     * @param trainPerClass training samples taken from each class, ≥ 1
     * @param testPerClass  test samples taken from each class, ≥ 1
     * @param seed          seed of the shuffle
     * @return the split; every class present in {@code labels} contributes the same numbers
     * @throws TensorscopeException {@code BAD_ARGUMENT} if a size is below 1 or a class has fewer than
     *                              {@code trainPerClass + testPerClass} samples
     */
    public static KnnSplit of(int[] labels, int trainPerClass, int testPerClass, long seed) throws TensorscopeException {
        if (trainPerClass < 1 || testPerClass < 1) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT,
                    "train and test sizes per class must be at least 1, not " + trainPerClass + " and " + testPerClass);
        }
        Random random = new Random(seed);
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        IntStream.Builder train = IntStream.builder();
        IntStream.Builder test = IntStream.builder();
        for (int c = 0; c < classes; c++) {
            int label = c;
            int[] members = IntStream.range(0, labels.length).filter(i -> labels[i] == label).toArray();
            if (members.length == 0) {
                continue;
            }
            if (members.length < trainPerClass + testPerClass) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "class " + c + " has " + members.length
                        + " samples, fewer than " + trainPerClass + " train + " + testPerClass + " test");
            }
            shuffle(members, random);
            Arrays.stream(members, 0, trainPerClass).forEach(train);
            Arrays.stream(members, trainPerClass, trainPerClass + testPerClass).forEach(test);
        }
        return new KnnSplit(train.build().sorted().toArray(), test.build().sorted().toArray());
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
