package io.tensorscope.engine.runtime;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run a model: device, intra-op threads, graph optimisation level. Built with {@link #builder()},
 * validated in {@link Builder#build()}.
 *
 * @param device       where to run
 * @param threads      intra-op threads, ≥ 1
 * @param optimization ONNX Runtime graph optimisation level
 * @param profileDirectory where ONNX Runtime writes its profile (one JSON file, written when the runner
 *                     closes); empty: no profiling
 * @param optimizedModelFile where ONNX Runtime saves the graph it actually runs after optimisation; empty: not saved
 */
public record RunOptions(Device device, int threads, OptimizationLevel optimization, Optional<Path> profileDirectory,
                         Optional<Path> optimizedModelFile) {

    /** @return a builder with CPU, all available cores and all optimisations */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link RunOptions}. */
    public static final class Builder {
        private Device device = DeviceDiscovery.cpu();
        private int threads = Runtime.getRuntime().availableProcessors();
        private OptimizationLevel optimization = OptimizationLevel.ALL;
        private Path profileDirectory;
        private Path optimizedModelFile;

        private Builder() {
        }

        /** Sets the device (default: the CPU). */
        public Builder device(Device value) {
            this.device = value;
            return this;
        }

        /** Sets the intra-op thread count (default: all logical cores). */
        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /** Sets the graph optimisation level (default: {@link OptimizationLevel#ALL}). */
        public Builder optimization(OptimizationLevel value) {
            this.optimization = value;
            return this;
        }

        /** Turns ONNX Runtime's profiler on, writing its JSON into {@code directory} when the runner closes. */
        public Builder profileInto(Path directory) {
            this.profileDirectory = directory;
            return this;
        }

        /** Saves the optimised graph ONNX Runtime runs to {@code file} when the session is created. */
        public Builder saveOptimizedModel(Path file) {
            this.optimizedModelFile = file;
            return this;
        }

        /**
         * @return the options; the runner they open refuses a device it cannot drive ({@link Runners})
         * @throws TensorscopeException {@code BAD_ARGUMENT} if threads &lt; 1 or above 4× the logical cores
         */
        public RunOptions build() throws TensorscopeException {
            int cores = Runtime.getRuntime().availableProcessors();
            if (threads < 1 || threads > 4 * cores) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "threads must be between 1 and " + 4 * cores
                        + " on this machine, not " + threads);
            }
            return new RunOptions(device, threads, optimization, Optional.ofNullable(profileDirectory),
                    Optional.ofNullable(optimizedModelFile));
        }
    }
}
