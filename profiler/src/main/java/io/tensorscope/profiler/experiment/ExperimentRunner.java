package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.evaluate.DatasetEvaluator;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.evaluate.OutputAgreement;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineResult;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.timing.InTurnTiming;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.ModelProfiler;
import io.tensorscope.profiler.timing.PairedLatency;
import io.tensorscope.profiler.timing.ProfileSettings;
import io.tensorscope.profiler.usecase.Profiling;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Measures model variants the same way: profile (latency) on random inputs of the default sizes, then score on a data
 * set. {@link #compress} is one whole experiment: run a pipeline, profile, evaluate. Plain blocking calls that report
 * progress and honour cancellation.
 */
public final class ExperimentRunner {

    /** Share of an experiment's progress given to the pass. */
    private static final double PASS_SHARE = 0.25;
    /** Share of a measurement's progress given to the profile (the evaluation takes the rest). */
    private static final double PROFILE_SHARE = 0.3;

    private ExperimentRunner() {
    }

    /**
     * @param model     the model to measure
     * @param analysis  its analysis at the default input sizes, or null to analyse it here
     * @param reference the model to compare text embeddings with, or null
     * @param plan      profile settings and evaluation data
     * @param progress  progress and cancellation
     * @return the model with its profile and score
     * @throws TensorscopeException {@code CANCELLED}; what profiling or evaluation throws
     */
    public static MeasuredModel measure(Model model, ModelAnalysis analysis, Model reference, ExperimentPlan plan,
                                        ProgressListener progress) throws TensorscopeException {
        plan.validate();
        return measure(model, analysis, reference, plan, progress, 0);
    }

    /** Measures in the progress range {@code from..1}. */
    private static MeasuredModel measure(Model model, ModelAnalysis analysis, Model reference, ExperimentPlan plan,
                                         ProgressListener progress, double from) throws TensorscopeException {
        double profiled = from + PROFILE_SHARE * (1 - from);
        ModelAnalysis analysed = analysis != null ? analysis
                : ModelAnalyzer.analyze(model, InputSizes.defaults(), new ScaledProgress(progress, from, from, "analysing"));
        progress.checkCancelled();
        ModelProfile profile = profile(model, analysed, plan.profile(), new ScaledProgress(progress, from, profiled, "timing"));
        progress.checkCancelled();
        Evaluation evaluation = evaluate(model, reference, plan, new ScaledProgress(progress, profiled, 1,
                "evaluating on " + plan.dataset()));
        return new MeasuredModel(model, analysed, profile, evaluation);
    }

    /**
     * @return the profile of {@code model} on random inputs of the default sizes, sized from {@code analysis} (no
     * second shape inference), with the profiling seed ({@link Profiling#INPUT_SEED}) so variants and profiles
     * are timed on the same inputs
     */
    public static ModelProfile profile(Model model, ModelAnalysis analysis, ProfileSettings settings,
                                       ProgressListener progress) throws TensorscopeException {
        return ModelProfiler.profile(model, analysis, RandomInputs.forInputs(analysis.summary().inputs(),
                Profiling.INPUT_SEED), settings, progress);
    }

    /**
     * @return {@code baseline} and {@code variant} timed in turn ({@link InTurnTiming}) on the profiling inputs of
     * {@link #profile}, sized from their analyses, with {@code settings}' threads, level and runs
     */
    public static PairedLatency inTurn(Model baseline, ModelAnalysis baselineAnalysis, Model variant,
                                       ModelAnalysis variantAnalysis, ProfileSettings settings,
                                       ProgressListener progress) throws TensorscopeException {
        return InTurnTiming.measure(baseline, RandomInputs.forInputs(baselineAnalysis.summary().inputs(),
                Profiling.INPUT_SEED), variant, RandomInputs.forInputs(variantAnalysis.summary().inputs(),
                Profiling.INPUT_SEED), settings, progress);
    }

    /**
     * @return the score of {@code model} on the plan's data set (texts: with fidelity to {@code reference} if given),
     *         or its agreement with {@code reference} (itself when null: the original agrees fully) on random inputs
     */
    public static Evaluation evaluate(Model model, Model reference, ExperimentPlan plan, ProgressListener progress)
            throws TensorscopeException {
        if (plan.scoresAgreement()) {
            return OutputAgreement.evaluate(model, reference == null ? model : reference, plan.samples(),
                    plan.evaluationThreads(), progress);
        }
        return DatasetEvaluator.evaluate(model, reference, plan.dataset(), plan.samples(), plan.evaluationThreads(),
                progress);
    }

    /**
     * Runs {@code spec} on {@code original}, then profiles and scores every step's model under {@code plan} (texts:
     * with fidelity to the original): one experiment per step, each made by the steps up to it.
     *
     * @param registry where the steps' passes are found
     * @param namer    turns a step's short name (e.g. {@code static int8 minmax + fp16}) into the experiment's name
     *                 (e.g. made unique among those shown)
     * @return one run per step, in order
     * @throws TensorscopeException {@code BAD_ARGUMENT} for an invalid step; {@code CANCELLED}; what a pass, the
     *                              profiler or the evaluation throws
     */
    public static List<CompressionRun> compress(Model original, PipelineSpec spec, PassRegistry registry,
                                                UnaryOperator<String> namer, ExperimentPlan plan, ProgressListener progress)
            throws TensorscopeException {
        plan.validate();
        PipelineResult pipeline = new PipelineRunner(registry).run(original, spec,
                PassContext.of(new ScaledProgress(progress, 0, PASS_SHARE, "pipeline")));
        List<CompressionRun> runs = new ArrayList<>();
        int steps = pipeline.steps().size();
        for (int i = 0; i < steps; i++) {
            progress.checkCancelled();
            PipelineResult upToHere = new PipelineResult(pipeline.dataset(), pipeline.steps().subList(0, i + 1));
            double from = PASS_SHARE + (1 - PASS_SHARE) * i / steps;
            MeasuredModel measured = measure(upToHere.model(), null, original, plan, new ScaledProgress(progress, from,
                    from + (1 - PASS_SHARE) / steps, "measuring step " + (i + 1) + " of " + steps), 0);
            String name = namer.apply(ExperimentNames.shortName(upToHere.spec(), registry));
            ExperimentSummary summary = ExperimentSummary.of(name, ExperimentNames.describe(upToHere.spec(), registry),
                    ModelWriter.serializedSizeBytes(upToHere.model()), measured.profile().latencyMillis(),
                    measured.evaluation());
            runs.add(new CompressionRun(upToHere, measured, summary));
        }
        return runs;
    }
}
