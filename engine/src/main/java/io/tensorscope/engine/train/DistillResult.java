package io.tensorscope.engine.train;

import io.tensorscope.engine.model.Model;

/**
 * The outcome of a distillation run.
 *
 * @param model          the student with its trained weights (same graph as the student given)
 * @param steps          optimiser steps taken
 * @param images         training images seen, over all epochs
 * @param finalLoss      mean distillation loss over the last epoch's batches
 * @param imagesPerSecond training throughput over the whole run (teacher logits excluded)
 */
public record DistillResult(Model model, int steps, long images, double finalLoss, double imagesPerSecond) {
}
