package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.profile.ProfileRun;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.profiler.experiment.EvaluationRecord;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.timing.PairedLatency;

import java.util.Objects;

/**
 * One row of the Compress tab: a variant of the shown model (or the model itself) with its figures.
 *
 * @param summary name, settings, size, latency and score (a view of {@code record})
 * @param model   the variant, in memory, for "Save as ONNX…"
 * @param plan    how it was timed and scored
 * @param record  the stored form: digest, replayable pipeline, machine, versions, figures, every step's report
 * @param profile its latency profile placed on the roofline (also overlaid on the Profile tab), or null when only its
 *                median latency is known (an automatic search's candidates, and the original as that search scored it)
 * @param inTurn  the original and this variant timed in turn, whose per-pair ratio is the speed-up shown; null for the
 *                original, and for a variant never timed beside it (then no speed-up is shown)
 */
public record CompressExperiment(ExperimentSummary summary, Model model, ExperimentPlan plan, ExperimentRecord record,
                                 ProfileRun profile, PairedLatency inTurn) {

    public CompressExperiment {
        Objects.requireNonNull(summary);
        Objects.requireNonNull(model);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(record);
    }

    /** @return whether this is the unmodified model */
    public boolean isOriginal() {
        return record.isOriginal();
    }

    /** @return the report of the step that made this model, or null for the original */
    public PassReport report() {
        return record.passReports().isEmpty() ? null : record.passReports().get(record.passReports().size() - 1);
    }

    /** @return the same experiment scored anew: {@code evaluation}, made under {@code other} */
    public CompressExperiment rescored(Evaluation evaluation, ExperimentPlan other) {
        return new CompressExperiment(ExperimentSummary.of(summary.name(), summary.settings(), summary.sizeBytes(),
                summary.latencyMillis(), evaluation), model, other, record.withEvaluation(EvaluationRecord.of(evaluation)),
                profile, inTurn);
    }

    /** @return the same experiment with {@code other} as its profile (e.g. relabelled by the Profile tab) */
    public CompressExperiment withProfile(ProfileRun other) {
        return new CompressExperiment(summary, model, plan, record, other, inTurn);
    }

    /** @return the experiment's name */
    public String name() {
        return summary.name();
    }

    @Override
    public String toString() {
        return summary.name();
    }
}
