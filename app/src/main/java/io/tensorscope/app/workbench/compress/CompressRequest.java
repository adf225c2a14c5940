package io.tensorscope.app.workbench.compress;

import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.profile.CeilingsSource;
import io.tensorscope.app.workbench.profile.ProfileRun;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.experiment.CompressionRun;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRecords;
import io.tensorscope.profiler.experiment.ExperimentRunner;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.experiment.MeasuredModel;
import io.tensorscope.profiler.roofline.Roofline;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.PairedLatency;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One press of Run on the Compress tab, captured on the UI thread. {@link #execute} is the background work: the
 * machine's roofs (cached), the original's profile and score unless cached, then the pipeline, every step's model
 * profiled and scored, and timed in turn with the original (its speed-up: never over the cached original's latency,
 * which was timed at another moment).
 *
 * @param loaded   the model shown when Run was pressed
 * @param pipeline the steps and their calibration data
 * @param registry where the steps' passes are found
 * @param namer    makes an experiment's name unique among the model's experiments
 * @param plan     how every variant is timed and scored
 * @param original the original's row from an earlier run or search, or null
 */
record CompressRequest(LoadedModel loaded, PipelineSpec pipeline, PassRegistry registry, UnaryOperator<String> namer,
                       ExperimentPlan plan, CompressExperiment original) {

    /** Label of the original's profile on the Profile tab. */
    static final String ORIGINAL_PROFILE = "original (1 thread, ALL)";

    private static final double CEILINGS_SHARE = 0.1;
    private static final double ORIGINAL_SHARE = 0.35;
    private static final double PIPELINE_SHARE = 0.8;

    /** Runs on a background thread; touches no JavaFX state. */
    CompressOutcome execute(CeilingsSource ceilings, ProgressListener progress) throws TensorscopeException {
        plan.validate();
        pipeline.resolve(registry);
        MachineCeilings machine = ceilings.ceilings(plan.profile().threads(),
                new ScaledProgress(progress, 0, CEILINGS_SHARE, "machine ceilings"));
        progress.checkCancelled();
        CompressExperiment originalRow = original(machine, new ScaledProgress(progress, CEILINGS_SHARE, ORIGINAL_SHARE,
                "original"));
        progress.checkCancelled();
        List<CompressionRun> runs = ExperimentRunner.compress(loaded.model(), pipeline, registry, namer, plan,
                new ScaledProgress(progress, ORIGINAL_SHARE, PIPELINE_SHARE, "pipeline"));
        List<CompressExperiment> rows = new ArrayList<>();
        String parent = originalRow.record().id();
        for (int i = 0; i < runs.size(); i++) {
            CompressionRun run = runs.get(i);
            double from = PIPELINE_SHARE + (1 - PIPELINE_SHARE) * i / runs.size();
            MeasuredModel measured = run.measured();
            PairedLatency inTurn = ExperimentRunner.inTurn(loaded.model(), loaded.analysis(), measured.model(),
                    measured.analysis(), plan.profile(), new ScaledProgress(progress, from,
                            from + (1 - PIPELINE_SHARE) / runs.size(), "timing " + run.summary().name()
                            + " in turn with the original"));
            ExperimentRecord record = ExperimentRecords.of(run, parent);
            rows.add(new CompressExperiment(run.summary(), measured.model(), plan, record,
                    profileRun(run.summary().name(), measured, machine, true), inTurn));
            parent = record.id();
        }
        return new CompressOutcome(originalRow, rows);
    }

    /**
     * @return the cached original when its score is for this plan's samples, rescored when it is not; the original
     * measured when none is cached or the cached one has no profile (an automatic search kept only its median)
     */
    private CompressExperiment original(MachineCeilings machine, ProgressListener progress) throws TensorscopeException {
        if (original != null && original.profile() != null) {
            return original.plan().sameEvaluationAs(plan) ? original
                    : original.rescored(ExperimentRunner.evaluate(loaded.model(), null, plan, progress), plan);
        }
        MeasuredModel measured = ExperimentRunner.measure(loaded.model(), loaded.analysis(), null, plan, progress);
        ExperimentRecord record = ExperimentRecords.original(measured);
        return new CompressExperiment(record.summary(ExperimentSummary.ORIGINAL), loaded.model(), plan, record,
                profileRun(ORIGINAL_PROFILE, measured, machine, false), null);
    }

    private static ProfileRun profileRun(String label, MeasuredModel measured, MachineCeilings machine, boolean variant) {
        ModelProfile profile = measured.profile();
        ThreadCeilings roofs = machine.forThreads(profile.settings().threads());
        return new ProfileRun(label, profile, measured.analysis(), machine, roofs,
                new Roofline(roofs, machine.caches()).place(profile), variant);
    }
}
