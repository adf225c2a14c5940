package io.tensorscope.engine.pass;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.ArrayList;
import java.util.List;

/**
 * A replayable pipeline: ordered steps and the data set the passes that need sample inputs use. Its JSON form is
 * {@link PipelineJson}'s.
 *
 * @param dataset data set id, path or {@value PassContext#RANDOM_DATA}; null when no step needs one
 * @param steps   the steps, in order, at least one
 */
public record PipelineSpec(String dataset, List<PipelineStep> steps) {

    /** A step resolved against the registry: its pass and its checked options. */
    public record ResolvedStep(Pass pass, PassOptions options) {

        /** @return the step with every option's value written out, defaults included (what replays it exactly) */
        public PipelineStep fullStep() {
            return new PipelineStep(pass.id(), options.asText());
        }
    }

    public PipelineSpec {
        steps = List.copyOf(steps);
    }

    /**
     * Checks every step before any runs: known pass, declared options, valid values, data for passes that need it.
     *
     * @throws TensorscopeException {@code BAD_ARGUMENT} naming the step
     */
    public List<ResolvedStep> resolve(PassRegistry registry) throws TensorscopeException {
        if (steps.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "a pipeline needs at least one step");
        }
        List<ResolvedStep> resolved = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PipelineStep step = steps.get(i);
            try {
                Pass pass = registry.find(step.pass());
                PassOptions options = PassOptions.parse(pass.id(), pass.options(), step.options());
                resolved.add(new ResolvedStep(pass, options));
            } catch (TensorscopeException e) {
                throw new TensorscopeException(e.code(), "step " + (i + 1) + " (" + step.pass() + "): " + e.getMessage(), e);
            }
        }
        return resolved;
    }

    /** @return this pipeline with every step's options written out in full (defaults included) */
    public PipelineSpec normalized(PassRegistry registry) throws TensorscopeException {
        return new PipelineSpec(dataset, resolve(registry).stream().map(ResolvedStep::fullStep).toList());
    }
}
