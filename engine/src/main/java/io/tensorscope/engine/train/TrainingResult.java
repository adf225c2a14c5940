package io.tensorscope.engine.train;

import io.tensorscope.engine.model.Model;
import java.util.List;

/**
 * The outcome of a training run.
 *
 * @param model           the trained network's model (same graph as the student trained)
 * @param steps           optimiser steps taken, over all epochs (a resumed run counts the checkpoint's)
 * @param images          training images seen in this process (not in a checkpoint resumed from)
 * @param epochs          per epoch: train loss and validation accuracy, from the first (a checkpoint's included)
 * @param validationImages images held out of training to score each epoch
 * @param resumedEpochs   epochs taken from a checkpoint (0: a fresh run)
 * @param imagesPerSecond training throughput of this process (teacher logits and validation excluded)
 */
public record TrainingResult(Model model, int steps, long images, List<EpochStats> epochs, int validationImages,
                             int resumedEpochs, double imagesPerSecond) {

    public TrainingResult {
        epochs = List.copyOf(epochs);
    }

    /** @return the mean loss over the last epoch's batches */
    public double finalLoss() {
        return epochs.get(epochs.size() - 1).trainLoss();
    }

    /** @return the last epoch's validation accuracy, 0..1 */
    public double finalValidationAccuracy() {
        return epochs.get(epochs.size() - 1).validationAccuracy();
    }
}
