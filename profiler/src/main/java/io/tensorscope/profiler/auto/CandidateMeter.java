package io.tensorscope.profiler.auto;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineResult;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRecords;
import io.tensorscope.profiler.experiment.ExperimentRunner;
import io.tensorscope.profiler.experiment.MeasuredModel;
import java.util.List;
import java.util.Locale;

/**
 * Builds an allocation's model from the original and measures it: scored on the plan's fixed subset, timed, then the
 * original timed again right after it, so its speed-up is over a measurement made in the same conditions. Judges it
 * against the budget and against its parent (the allocation it was derived from; one that seems slower is timed
 * again in turn with the parent before it is called slower), and records it as an experiment
 * made from the original's.
 */
final class CandidateMeter {

    /** Rounding slack on the budget, points: a drop of exactly the budget is within it. */
    private static final double BUDGET_TOLERANCE_POINTS = 1e-9;

    private final Model original;
    private final ModelAnalysis originalAnalysis;
    private final double originalScore;
    private final ExperimentRecord originalRecord;
    private final List<Double> levels;
    private final List<PipelineStep> extraSteps;
    private final PipelineStep precision;
    private final String dataset;
    private final ExperimentPlan plan;
    private final PassRegistry registry;
    private final double budgetPoints;

    CandidateMeter(Model original, double originalScore, ExperimentRecord originalRecord, List<Double> levels, List<PipelineStep> extraSteps,
                   PipelineStep precision, String dataset, ExperimentPlan plan, PassRegistry registry,
                   double budgetPoints) throws TensorscopeException {
        this.original = original;
        this.originalAnalysis = ModelAnalyzer.analyze(original, InputSizes.defaults(), ProgressListener.NONE);
        this.originalScore = originalScore;
        this.originalRecord = originalRecord;
        this.levels = levels;
        this.extraSteps = extraSteps;
        this.precision = precision;
        this.dataset = dataset;
        this.plan = plan;
        this.registry = registry;
        this.budgetPoints = budgetPoints;
    }

    /**
     * @param number     the candidate's number
     * @param allocation what it does
     * @param parent     the accepted candidate it was derived from, or null for the first
     * @return the candidate, measured and judged: over budget, or slower than its parent (speed-ups over the
     * original compared), or accepted
     */
    AutoCandidate measure(int number, Allocation allocation, AutoCandidate parent) throws TensorscopeException {
        List<PipelineStep> steps = allocation.steps(levels, extraSteps, precision);
        PipelineSpec spec = new PipelineSpec(dataset, steps);
        PipelineResult made = steps.isEmpty() ? null
                : new PipelineRunner(registry).run(original, spec, PassContext.of(ProgressListener.NONE));
        Model candidate = made == null ? original : made.model();
        MeasuredModel measured = ExperimentRunner.measure(candidate, null, original, plan, ProgressListener.NONE);
        double originalMillis = ExperimentRunner.profile(original, originalAnalysis, plan.profile(),
                ProgressListener.NONE).latencyMillis().median();
        double delta = 100 * (measured.evaluation().value() - originalScore);
        double millis = measured.profile().latencyMillis().median();
        double speedUp = originalMillis / millis;
        boolean within = -delta <= budgetPoints + BUDGET_TOLERANCE_POINTS;
        String rejection = null;
        if (!within) {
            rejection = "over budget";
        } else if (parent != null && speedUp < parent.speedUp()) {
            rejection = slowerThan(parent, candidate, measured.analysis());
        }
        ExperimentRecord record = made == null ? originalRecord
                : ExperimentRecords.of("auto #" + number, made, measured, originalRecord.id());
        return new AutoCandidate(number, allocation.sparsity(levels), List.copyOf(allocation.keptFloat()), spec,
                candidate, measured.evaluation().value(), delta, millis, speedUp, within, rejection, record);
    }

    /**
     * A candidate whose speed-up fell below its parent's is timed again right after the parent, so one noisy
     * measurement does not freeze a layer: it is slower only if it is slower then too.
     *
     * @return the rejection, or null when the second timing finds it as fast as its parent or faster
     */
    private String slowerThan(AutoCandidate parent, Model candidate, ModelAnalysis candidateAnalysis)
            throws TensorscopeException {
        ModelAnalysis parentAnalysis = ModelAnalyzer.analyze(parent.model(), InputSizes.defaults(), ProgressListener.NONE);
        double parentMillis = ExperimentRunner.profile(parent.model(), parentAnalysis, plan.profile(),
                ProgressListener.NONE).latencyMillis().median();
        double millis = ExperimentRunner.profile(candidate, candidateAnalysis, plan.profile(), ProgressListener.NONE)
                .latencyMillis().median();
        return millis <= parentMillis ? null : String.format(Locale.ROOT, "slower than its parent #%d (%.3f ms "
                + "against %.3f ms, timed again in turn)", parent.number(), millis, parentMillis);
    }
}
