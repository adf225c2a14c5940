package io.tensorscope.engine.train;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;

/**
 * Settings of a training run (fine-tuning, or distillation when a {@link Teacher} is given). Build with
 * {@link #builder()}; {@link Builder#build()} checks the values.
 *
 * @param optimizer    SGD (with momentum) or Adam
 * @param learningRate step size (> 0)
 * @param momentum     SGD momentum, 0..1 (Adam ignores it)
 * @param batchSize    images per step
 * @param epochs       passes over the training images (a resumed run counts the checkpoint's)
 * @param samples      images used, the first ones of the set (0: all), before the validation hold-out is taken
 * @param seed         seeds the hold-out, the shuffling and PyTorch's random numbers (Dropout, a new head)
 * @param threads      PyTorch intra-op threads (a process-wide setting) and ONNX Runtime threads for a teacher
 * @param freezeUntil  node name: it and every node before it (graph order) keep their weights; empty: none frozen
 * @param gpu          train on a CUDA device when DJL's PyTorch engine has one (else the CPU)
 */
public record TrainingOptions(OptimizerKind optimizer, double learningRate, double momentum, int batchSize, int epochs,
                              int samples, long seed, int threads, String freezeUntil, boolean gpu) {

    /** The optimisers a run can use. */
    public enum OptimizerKind { SGD, ADAM }

    /** @return a builder with the defaults: SGD lr 0.01 momentum 0.9, batch 64, 1 epoch, all samples, seed 2026 */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link TrainingOptions}. */
    public static final class Builder {

        private OptimizerKind optimizer = OptimizerKind.SGD;
        private double learningRate = 0.01;
        private double momentum = 0.9;
        private int batchSize = 64;
        private int epochs = 1;
        private int samples;
        private long seed = 2026;
        private int threads = Runtime.getRuntime().availableProcessors();
        private String freezeUntil = "";
        private boolean gpu;

        private Builder() {
        }

        /** Sets the optimiser (default SGD). */
        public Builder optimizer(OptimizerKind value) {
            optimizer = value;
            return this;
        }

        /** Sets the learning rate (default 0.01). */
        public Builder learningRate(double value) {
            learningRate = value;
            return this;
        }

        /** Sets the SGD momentum (default 0.9). */
        public Builder momentum(double value) {
            momentum = value;
            return this;
        }

        /** Sets the images per step (default 64). */
        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        /** Sets the passes over the training images (default 1). */
        public Builder epochs(int value) {
            epochs = value;
            return this;
        }

        /** Sets how many images are used, the first ones (default 0: all). */
        public Builder samples(int value) {
            samples = value;
            return this;
        }

        /** Sets the seed (default 2026). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Sets the PyTorch and ONNX Runtime threads (default: all logical cores). */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** Freezes node {@code value} and every node before it (default: none; empty or null: none). */
        public Builder freezeUntil(String value) {
            freezeUntil = value == null ? "" : value;
            return this;
        }

        /** Asks for a CUDA device (default: the CPU). */
        public Builder gpu(boolean value) {
            gpu = value;
            return this;
        }

        /**
         * @return the options
         * @throws TensorscopeException {@code BAD_ARGUMENT} naming the first value out of range
         */
        public TrainingOptions build() throws TensorscopeException {
            require(learningRate > 0, "the learning rate must be > 0, not " + learningRate);
            require(momentum >= 0 && momentum < 1, "the momentum must be within 0..1, not " + momentum);
            require(batchSize >= 1, "the batch size must be ≥ 1, not " + batchSize);
            require(epochs >= 1, "epochs must be ≥ 1, not " + epochs);
            require(samples >= 0, "samples must be ≥ 0 (0: all), not " + samples);
            require(threads >= 1, "threads must be ≥ 1, not " + threads);
            return new TrainingOptions(optimizer, learningRate, momentum, batchSize, epochs, samples, seed, threads,
                    freezeUntil, gpu);
        }
    }

    /** @throws TensorscopeException {@code BAD_ARGUMENT} with {@code message} unless {@code ok} */
    static void require(boolean ok, String message) throws TensorscopeException {
        if (!ok) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, message);
        }
    }
}
