package io.tensorscope.engine.pass;

import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.RunOptions;
import io.tensorscope.engine.runtime.Runner;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a pipeline: checks every step first, moves weights kept in {@code Constant} nodes into initializers
 * ({@link ConstantWeightFolding}, so that every pass finds them), then applies the passes in order, each on the
 * previous one's model, and
 * loads each step's output in the runtime (which validates the graph and finds a kernel for every node) before the
 * next step runs. A plain blocking call that reports progress per step and honours cancellation.
 */
public final class PipelineRunner {

    private final PassRegistry registry;

    /** @param registry where the steps' passes are found */
    public PipelineRunner(PassRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param model   the input model (not modified)
     * @param spec    the steps and their data set (the context's data set is replaced by the spec's when it has one)
     * @param context progress, cancellation, runtime; each step's context also carries {@code model} as
     *                {@link PassContext#pipelineInput()}
     * @return every step's result, in order; the last one's model is the pipeline's output
     * @throws TensorscopeException {@code BAD_ARGUMENT} for an invalid step (before anything runs); what a pass or the
     *                              runtime throws, its message prefixed with the step
     */
    public PipelineResult run(Model model, PipelineSpec spec, PassContext context) throws TensorscopeException {
        List<PipelineSpec.ResolvedStep> steps = spec.resolve(registry);
        PassContext base = (spec.dataset() == null ? context : context.withDataset(spec.dataset()))
                .withPipelineInput(model);
        List<StepResult> results = new ArrayList<>();
        Model current = ConstantWeightFolding.fold(model);
        for (int i = 0; i < steps.size(); i++) {
            PipelineSpec.ResolvedStep step = steps.get(i);
            String label = "step " + (i + 1) + " of " + steps.size() + " (" + step.pass().displayName() + ")";
            context.progress().checkCancelled();
            PassContext stepContext = base.withProgress(new ScaledProgress(context.progress(), (double) i / steps.size(),
                    (i + 0.9) / steps.size(), label));
            PassResult result;
            try {
                result = step.pass().apply(current, step.options(), stepContext);
                context.progress().onProgress((i + 0.9) / steps.size(), label + ": checking the result loads");
                requireLoads(result.model(), base);
            } catch (TensorscopeException e) {
                throw new TensorscopeException(e.code(), "step " + (i + 1) + " (" + step.pass().id() + "): "
                        + e.getMessage(), e);
            }
            results.add(new StepResult(step.fullStep(), result));
            current = result.model();
        }
        context.progress().onProgress(1, "pipeline done: " + steps.size() + " step" + (steps.size() == 1 ? "" : "s"));
        return new PipelineResult(spec.dataset() != null ? spec.dataset() : context.dataset(), results);
    }

    /**
     * Loads {@code model} in the context's runtime, single-threaded, and closes it again: loading is the check (the
     * runtime validates the graph and finds a kernel for every node).
     *
     * @throws TensorscopeException what the runtime throws when it refuses the model
     */
    public static void requireLoads(Model model, PassContext context) throws TensorscopeException {
        try (Runner check = context.runners().open(model, RunOptions.builder().threads(1).build())) {
            // the runtime validates the graph and finds a kernel for every node when it opens the model
        }
    }
}
