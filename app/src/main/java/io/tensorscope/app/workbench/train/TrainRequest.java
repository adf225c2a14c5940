package io.tensorscope.app.workbench.train;

import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.Versions;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.train.EpochStats;
import io.tensorscope.engine.train.GraphTrainer;
import io.tensorscope.engine.train.HeadReplacement;
import io.tensorscope.engine.train.Teacher;
import io.tensorscope.engine.train.TrainingOptions;
import io.tensorscope.engine.train.TrainingResult;
import io.tensorscope.engine.train.TrainingSets;
import io.tensorscope.profiler.ceilings.MachineKey;
import io.tensorscope.profiler.experiment.Digests;
import io.tensorscope.profiler.experiment.EvaluationRecord;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRecords;
import io.tensorscope.profiler.experiment.ExperimentRunner;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.experiment.LatencyRecord;
import io.tensorscope.profiler.experiment.MeasuredModel;
import io.tensorscope.profiler.timing.PairedLatency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One press of Train, captured and checked on the UI thread. {@link #execute} is the background work: the training
 * images, a new head if asked, the training run (per-batch progress, each epoch to the listener, Cancel between
 * batches), the original measured if no row shows it yet, then the trained model timed and scored like any
 * experiment, and timed in turn with the original for its speed-up. Cancelled anywhere, it returns nothing.
 *
 * @param loaded      the model shown when Train was pressed
 * @param student     the model trained (an experiment's, or the one shown)
 * @param teacher     the model distilled from with its loss settings, or null to fine-tune
 * @param dataset     the training data: a bundled image set's training split, or a folder of labelled images
 * @param headClasses classes of a new head, or 0 to keep the student's
 * @param options     the checked training settings
 * @param plan        how the trained model is timed and scored (the Compress tab's evaluation)
 * @param name        the new experiment's name, unique among the model's
 * @param settings    how it was made, in words, for the table
 * @param spec        the step that made it from {@code parent}'s model, as recorded
 * @param parent      the row of the model trained, or null when it is the original and no row shows it yet
 */
record TrainRequest(LoadedModel loaded, Model student, Teacher teacher, String dataset, int headClasses,
                    TrainingOptions options, ExperimentPlan plan, String name, String settings, PipelineSpec spec,
                    CompressExperiment parent) {

    /** Share of the progress bar the training takes (the measurements take the rest). */
    private static final double TRAIN_SHARE = 0.85;
    private static final double ORIGINAL_END = 0.92;

    /** Runs on a background thread; touches no JavaFX state ({@code onEpoch} marshals what it receives). */
    TrainOutcome execute(ProgressListener progress, EpochStats.Listener onEpoch) throws TensorscopeException {
        plan.validate();
        LabelledImages images = TrainingSets.training(student, dataset);
        Model start = headClasses > 0 ? HeadReplacement.replace(student, headClasses, options.seed()) : student;
        TrainingResult result = GraphTrainer.train(start, teacher, images, options, GraphTrainer.Checkpoints.NONE,
                new ScaledProgress(progress, 0, TRAIN_SHARE, ""), onEpoch);
        progress.checkCancelled();
        CompressExperiment original = parent == null ? original(new ScaledProgress(progress, TRAIN_SHARE, ORIGINAL_END,
                "measuring the original")) : null;
        CompressExperiment from = parent == null ? original : parent;
        progress.checkCancelled();
        double measuredFrom = parent == null ? ORIGINAL_END : TRAIN_SHARE;
        double timedFrom = (measuredFrom + 1) / 2;
        MeasuredModel measured = ExperimentRunner.measure(result.model(), null, loaded.model(), plan,
                new ScaledProgress(progress, measuredFrom, timedFrom, "measuring " + name));
        PairedLatency inTurn = ExperimentRunner.inTurn(loaded.model(), loaded.analysis(), measured.model(),
                measured.analysis(), plan.profile(), new ScaledProgress(progress, timedFrom, 1,
                        "timing " + name + " in turn with the original"));
        return new TrainOutcome(original, trained(measured, inTurn, from.record().id()), result);
    }

    private CompressExperiment original(ProgressListener progress) throws TensorscopeException {
        MeasuredModel measured = ExperimentRunner.measure(loaded.model(), loaded.analysis(), null, plan, progress);
        ExperimentRecord record = ExperimentRecords.original(measured);
        return new CompressExperiment(record.summary(ExperimentSummary.ORIGINAL), loaded.model(), plan, record, null,
                null);
    }

    private CompressExperiment trained(MeasuredModel measured, PairedLatency inTurn, String parentId) {
        Model model = measured.model();
        ExperimentRecord record = new ExperimentRecord(UUID.randomUUID().toString(), name, Instant.now(), parentId,
                model.name(), Digests.ofModel(model), ModelWriter.serializedSizeBytes(model), spec,
                MachineKey.current(measured.profile().settings().threads()), Versions.TENSORSCOPE,
                LatencyRecord.of(measured.profile()), EvaluationRecord.of(measured.evaluation()), List.of());
        return new CompressExperiment(record.summary(settings), model, plan, record, null, inTurn);
    }
}
