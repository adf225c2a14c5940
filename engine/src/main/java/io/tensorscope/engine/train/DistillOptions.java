package io.tensorscope.engine.train;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;

/**
 * Settings of a distillation run: loss = α·T²·KL(softmax(teacher/T) ‖ softmax(student/T)) + (1 − α)·CE(student,
 * labels). Build with {@link #builder()}; {@link Builder#build()} checks the values.
 *
 * @param temperature  T, softens both distributions (> 0)
 * @param alpha        α, weight of the teacher's term, 0..1
 * @param optimizer    SGD (with momentum) or Adam
 * @param learningRate step size (> 0)
 * @param momentum     SGD momentum, 0..1 (Adam ignores it)
 * @param batchSize    images per step
 * @param epochs       passes over the training images
 * @param samples      training images used, the first ones of the set (0: all)
 * @param seed         seeds the shuffling and PyTorch's random numbers (Dropout)
 * @param threads      PyTorch intra-op threads (a process-wide setting) and ONNX Runtime threads for the teacher
 */
public record DistillOptions(double temperature, double alpha, OptimizerKind optimizer, double learningRate,
                             double momentum, int batchSize, int epochs, int samples, long seed, int threads) {

    /** The optimisers a run can use. */
    public enum OptimizerKind { SGD, ADAM }

    /** @return a builder with the defaults: T 4, α 0.7, SGD lr 0.01 momentum 0.9, batch 64, 1 epoch, all samples */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link DistillOptions}. */
    public static final class Builder {

        private double temperature = 4;
        private double alpha = 0.7;
        private OptimizerKind optimizer = OptimizerKind.SGD;
        private double learningRate = 0.01;
        private double momentum = 0.9;
        private int batchSize = 64;
        private int epochs = 1;
        private int samples;
        private long seed = 2026;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Sets T (default 4). */
        public Builder temperature(double value) {
            temperature = value;
            return this;
        }

        /** Sets α, the teacher term's weight (default 0.7). */
        public Builder alpha(double value) {
            alpha = value;
            return this;
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

        /** Sets how many training images are used, the first ones (default 0: all). */
        public Builder samples(int value) {
            samples = value;
            return this;
        }

        /** Sets the seed of the shuffling and of PyTorch's random numbers (default 2026). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Sets the PyTorch and ONNX Runtime threads (default: all logical cores). */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /**
         * @return the options
         * @throws TensorscopeException {@code BAD_ARGUMENT} naming the first value out of range
         */
        public DistillOptions build() throws TensorscopeException {
            require(temperature > 0, "the temperature must be > 0, not " + temperature);
            require(alpha >= 0 && alpha <= 1, "alpha must be within 0..1, not " + alpha);
            require(learningRate > 0, "the learning rate must be > 0, not " + learningRate);
            require(momentum >= 0 && momentum < 1, "the momentum must be within 0..1, not " + momentum);
            require(batchSize >= 1, "the batch size must be ≥ 1, not " + batchSize);
            require(epochs >= 1, "epochs must be ≥ 1, not " + epochs);
            require(samples >= 0, "samples must be ≥ 0 (0: all), not " + samples);
            require(threads >= 1, "threads must be ≥ 1, not " + threads);
            return new DistillOptions(temperature, alpha, optimizer, learningRate, momentum, batchSize, epochs, samples,
                    seed, threads);
        }

        private static void require(boolean ok, String message) throws TensorscopeException {
            if (!ok) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, message);
            }
        }
    }
}
