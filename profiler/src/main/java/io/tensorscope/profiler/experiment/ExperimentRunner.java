package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.evaluate.DatasetEvaluator;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.quantize.PassResult;
import io.tensorscope.engine.quantize.QuantizationSettings;
import io.tensorscope.engine.quantize.Quantizer;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.ModelProfiler;
import io.tensorscope.profiler.timing.ProfileSettings;

/**
 * Measures model variants the same way: profile (latency) on random inputs of the default sizes, then score on a data
 * set. {@link #compress} is one whole experiment: quantize, profile, evaluate. Plain blocking calls that report
 * progress and honour cancellation.
 */
public final class ExperimentRunner {

    /** Seed of the random profiling inputs, fixed so variants are timed on the same inputs. */
    public static final long INPUT_SEED = 42;

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

    /** @return the profile of {@code model} on random inputs of the default sizes (seed {@value #INPUT_SEED}) */
    public static ModelProfile profile(Model model, ModelAnalysis analysis, ProfileSettings settings,
                                       ProgressListener progress) throws TensorscopeException {
        return ModelProfiler.profile(model, analysis, RandomInputs.forModel(model, InputSizes.defaults(), INPUT_SEED),
                settings, progress);
    }

    /** @return the score of {@code model} on the plan's data set (texts: with fidelity to {@code reference} if given) */
    public static Evaluation evaluate(Model model, Model reference, ExperimentPlan plan, ProgressListener progress)
            throws TensorscopeException {
        return DatasetEvaluator.evaluate(model, reference, plan.dataset(), plan.samples(), plan.evaluationThreads(),
                progress);
    }

    /** @return the summary of the unmodified model, named {@value ExperimentSummary#ORIGINAL} */
    public static ExperimentSummary original(MeasuredModel measured) {
        return ExperimentSummary.of(ExperimentSummary.ORIGINAL, ExperimentSummary.ORIGINAL,
                ModelWriter.serializedSizeBytes(measured.model()), measured.profile().latencyMillis(), measured.evaluation());
    }

    /**
     * Quantizes {@code original} with {@code settings}, then profiles and scores the result under {@code plan}
     * (texts: with fidelity to the original).
     *
     * @param name the experiment's name in tables and charts
     * @throws TensorscopeException {@code BAD_ARGUMENT} for invalid settings or an excluded node the model lacks;
     *                              {@code CANCELLED}; what the pass, the profiler or the evaluation throws
     */
    public static CompressionRun compress(Model original, QuantizationSettings settings, String name, ExperimentPlan plan,
                                          ProgressListener progress) throws TensorscopeException {
        settings.validate();
        plan.validate();
        for (String node : settings.exclusions().nodeNames()) {
            if (original.graph().getNodeList().stream().noneMatch(n -> n.getName().equals(node))) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "the exclusion list names no node of "
                        + original.name() + ": " + node);
            }
        }
        PassResult pass = Quantizer.apply(original, settings, new ScaledProgress(progress, 0, PASS_SHARE,
                ExperimentNames.pass(settings.mode())));
        progress.checkCancelled();
        MeasuredModel measured = measure(pass.model(), null, original, plan, progress, PASS_SHARE);
        ExperimentSummary summary = ExperimentSummary.of(name, ExperimentNames.describe(settings), pass.report().bytesAfter(),
                measured.profile().latencyMillis(), measured.evaluation());
        return new CompressionRun(settings, pass.report(), measured, summary);
    }
}
