package io.tensorscope.profiler.usecase;

import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.Device;
import io.tensorscope.engine.runtime.DeviceDiscovery;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.timing.ProfileSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * What to profile and how; built with {@link #builder(Model)}, whose defaults are those of the command line and the
 * workbench alike.
 *
 * @param model    the model
 * @param sizes    input sizes that fix its symbolic dimensions
 * @param settings threads, warm-up and timed runs, graph optimisation level
 * @param engine   the runtime that times it
 * @param device   where it runs; a runtime that cannot drive it refuses with {@code DEVICE_UNAVAILABLE}
 * @param analysis the model's analysis for {@code sizes} when one was already made (the workbench's, for the default
 *                 sizes); empty: {@link Profiling#run} analyses
 */
public record ProfilingRequest(Model model, InputSizes sizes, ProfileSettings settings, ProfileEngine engine,
                               Device device, Optional<ModelAnalysis> analysis) {

    /**
     * @return a builder for {@code model} with the defaults: default sizes (batch 1, sequence 128),
     * {@link ProfileSettings#defaults(int)} on all logical cores, ONNX Runtime, the CPU
     */
    public static Builder builder(Model model) {
        return new Builder(model);
    }

    /** Builder of {@link ProfilingRequest}. */
    public static final class Builder {
        private final Model model;
        private InputSizes sizes = InputSizes.defaults();
        private ProfileSettings settings = ProfileSettings.defaults(Runtime.getRuntime().availableProcessors());
        private ProfileEngine engine = ProfileEngine.ONNX_RUNTIME;
        private Device device = DeviceDiscovery.cpu();
        private ModelAnalysis analysis;

        private Builder(Model model) {
            this.model = Objects.requireNonNull(model);
        }

        /** Sets the input sizes (default: batch 1, sequence 128 for open dimensions). */
        public Builder sizes(InputSizes value) {
            this.sizes = Objects.requireNonNull(value);
            return this;
        }

        /** Sets threads, warm-up and timed runs and optimisation (default: {@link ProfileSettings#defaults(int)}). */
        public Builder settings(ProfileSettings value) {
            this.settings = Objects.requireNonNull(value);
            return this;
        }

        /** Sets the runtime (default: ONNX Runtime). */
        public Builder engine(ProfileEngine value) {
            this.engine = Objects.requireNonNull(value);
            return this;
        }

        /** Sets the device (default: the CPU). */
        public Builder device(Device value) {
            this.device = Objects.requireNonNull(value);
            return this;
        }

        /** Reuses {@code value}, which must be the model's analysis for the sizes set here, instead of analysing again. */
        public Builder analysis(ModelAnalysis value) {
            this.analysis = Objects.requireNonNull(value);
            return this;
        }

        /** @return the request */
        public ProfilingRequest build() {
            return new ProfilingRequest(model, sizes, settings, engine, device, Optional.ofNullable(analysis));
        }
    }
}
