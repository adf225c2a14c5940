package io.tensorscope.engine.train;

import java.util.Locale;

/**
 * One finished epoch.
 *
 * @param epoch              1-based
 * @param trainLoss          mean loss over the epoch's batches
 * @param validationAccuracy top-1 accuracy on the held-out images after the epoch, 0..1
 * @param imagesPerSecond    training throughput of the epoch (validation excluded)
 */
public record EpochStats(int epoch, double trainLoss, double validationAccuracy, double imagesPerSecond) {

    /** @return e.g. {@code epoch 2/10: train loss 0.1234, validation accuracy 98.40 %} */
    public String describe(int epochs) {
        return String.format(Locale.ROOT, "epoch %d/%d: train loss %.4f, validation accuracy %.2f %%", epoch, epochs,
                trainLoss, 100 * validationAccuracy);
    }

    /** Receives each epoch as it ends (to print it, or plot the curves). */
    @FunctionalInterface
    public interface Listener {

        /** A listener that ignores epochs. */
        Listener NONE = (stats, epochs) -> { };

        /**
         * @param stats  the epoch just finished
         * @param epochs the run's number of epochs
         */
        void onEpoch(EpochStats stats, int epochs);
    }
}
