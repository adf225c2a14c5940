package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.evaluate.OutputAgreement;
import io.tensorscope.engine.runtime.OptimizationLevel;
import io.tensorscope.profiler.timing.ProfileSettings;
import java.util.Objects;

/**
 * How every variant of a model is measured, so that their figures compare: the same profile settings and the same
 * evaluation samples.
 *
 * @param profile           how latency is measured (default: 1 thread, 3 warm-up and 20 timed runs, {@code ALL})
 * @param dataset           the evaluation data set, id or path; or {@link OutputAgreement#DATASET} to score agreement
 *                          with the original on random inputs ({@link #agreement}) where no data set fits the model
 * @param samples           images to score, 0 for all (ignored for texts); random inputs: 0 for
 *                          {@link OutputAgreement#DEFAULT_SAMPLES}
 * @param evaluationThreads intra-op threads for the evaluation, ≥ 1
 */
public record ExperimentPlan(ProfileSettings profile, String dataset, int samples, int evaluationThreads) {

    /** Latency settings of every experiment: one thread, so the figure is stable and compares across machines. */
    public static final ProfileSettings LATENCY = new ProfileSettings(1, 3, 20, OptimizationLevel.ALL);

    public ExperimentPlan {
        Objects.requireNonNull(profile);
        Objects.requireNonNull(dataset);
    }

    /** @return a plan with the {@link #LATENCY} settings, evaluating on all cores */
    public static ExperimentPlan standard(String dataset, int samples) {
        return new ExperimentPlan(LATENCY, dataset, samples, Runtime.getRuntime().availableProcessors());
    }

    /** @return a plan with the {@link #LATENCY} settings scoring agreement with the original on random inputs */
    public static ExperimentPlan agreement(int samples) {
        return standard(OutputAgreement.DATASET, samples);
    }

    /** @return whether variants are scored by agreement with the original on random inputs, not on a data set */
    public boolean scoresAgreement() {
        return OutputAgreement.DATASET.equals(dataset);
    }

    /** @throws TensorscopeException {@code BAD_ARGUMENT} for a blank data set, negative samples or bad profile settings */
    public ExperimentPlan validate() throws TensorscopeException {
        profile.validate();
        if (dataset.isBlank()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "choose an evaluation data set");
        }
        if (samples < 0 || evaluationThreads < 1) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "evaluation samples must be ≥ 0 (0 = all) and threads ≥ 1, not "
                    + samples + " and " + evaluationThreads);
        }
        return this;
    }

    /** @return whether an evaluation made under {@code other} scores the same samples as one made under this plan */
    public boolean sameEvaluationAs(ExperimentPlan other) {
        return dataset.equals(other.dataset) && samples == other.samples;
    }
}
