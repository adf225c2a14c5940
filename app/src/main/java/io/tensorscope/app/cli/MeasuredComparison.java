package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.Model;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentRecords;
import io.tensorscope.profiler.experiment.ExperimentRunner;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import io.tensorscope.profiler.experiment.MeasuredModel;
import io.tensorscope.profiler.report.gain.ReportSubject;
import io.tensorscope.profiler.timing.PairedLatency;
import io.tensorscope.profiler.workspace.Recording;
import java.util.ArrayList;
import java.util.List;

/**
 * Models measured side by side against the first: each profiled and scored under one plan, each candidate timed in
 * turn with the baseline, each kept as a recording (linked to the baseline's) with its per-layer measurements.
 *
 * @param measured   each model measured, baseline first
 * @param inTurn     each model's in-turn timing with the baseline (null for the baseline)
 * @param recordings each model's recording, the baseline's first and the others its children
 */
record MeasuredComparison(List<MeasuredModel> measured, List<PairedLatency> inTurn, List<Recording> recordings) {

    /**
     * @param names  each model's display name
     * @param models the baseline, then the models to compare with it
     * @param plan   how to profile and score
     */
    static MeasuredComparison of(List<String> names, List<Model> models, ExperimentPlan plan, ProgressListener progress)
            throws TensorscopeException {
        List<MeasuredModel> measured = new ArrayList<>();
        List<PairedLatency> inTurn = new ArrayList<>();
        List<Recording> recordings = new ArrayList<>();
        try {
            for (int i = 0; i < models.size(); i++) {
                Model model = models.get(i);
                MeasuredModel m = ExperimentRunner.measure(model, null, i == 0 ? null : models.get(0), plan, progress);
                MeasuredModel base = i == 0 ? m : measured.get(0);
                measured.add(m);
                PairedLatency paired = i == 0 ? null : ExperimentRunner.inTurn(base.model(), base.analysis(), model,
                        m.analysis(), plan.profile(), progress);
                inTurn.add(paired);
                recordings.add(Recording.byDigest(i == 0 ? ExperimentRecords.original(m)
                        : ExperimentRecords.measured(names.get(i), m, recordings.get(0).record().id()))
                        .withDetail(MeasuredDetail.of(m).withInTurn(paired)));
            }
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        return new MeasuredComparison(measured, inTurn, recordings);
    }

    /** @return the models as report subjects, each with its in-turn timing and per-layer measurements */
    List<ReportSubject> subjects() {
        List<ReportSubject> subjects = new ArrayList<>();
        for (int i = 0; i < recordings.size(); i++) {
            Recording r = recordings.get(i);
            subjects.add(new ReportSubject(r.record(), r.detail(), inTurn.get(i), List.of()));
        }
        return subjects;
    }
}
