package io.tensorscope.profiler.auto;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassOption;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.sensitivity.Sensitivity;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which nodes a quantization step leaves in float: the step is the last extra step whose pass declares
 * {@code exclude-nodes}; its nodes are ranked by their sensitivity (each node quantized alone, measured), so the
 * search can keep the most damaging ones in float first.
 */
final class MixedPrecision {

    /** The option a pass keeps nodes in float with. */
    static final String EXCLUDE = "exclude-nodes";

    private MixedPrecision() {
    }

    /** @return the step that takes the nodes kept in float, or null when no extra step declares {@code exclude-nodes} */
    static PipelineStep step(List<PipelineStep> extraSteps, PassRegistry registry) throws TensorscopeException {
        PipelineStep found = null;
        for (PipelineStep step : extraSteps) {
            Pass pass = registry.find(step.pass());
            if (pass.options().stream().map(PassOption::name).anyMatch(EXCLUDE::equals)) {
                found = step;
            }
        }
        return found;
    }

    /** @return {@code step} with {@code nodes} added to the nodes it already excludes */
    static PipelineStep excluding(PipelineStep step, Set<String> nodes) {
        Set<String> excluded = new LinkedHashSet<>();
        String given = step.options().get(EXCLUDE);
        if (given != null && !given.isBlank()) {
            Arrays.stream(given.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(excluded::add);
        }
        excluded.addAll(nodes);
        Map<String, String> options = new LinkedHashMap<>(step.options());
        options.put(EXCLUDE, String.join(",", excluded));
        return new PipelineStep(step.pass(), options);
    }

    /**
     * @return the nodes {@code step}'s pass changes, most sensitive first (its per-node sensitivity on {@code model},
     * with the pass's default options)
     */
    static List<String> ranking(Model model, PipelineStep step, String dataset, ExperimentPlan plan,
                                PassRegistry registry, ProgressListener progress) throws TensorscopeException {
        return Sensitivity.run(model, step.pass(), List.of(), dataset, plan, registry, progress).ranking();
    }
}
