package io.tensorscope.app.workbench.compress;

import io.tensorscope.engine.Versions;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.evaluate.EvaluationScope;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.profiler.auto.AutoCandidate;
import io.tensorscope.profiler.ceilings.MachineKey;
import io.tensorscope.profiler.experiment.Digests;
import io.tensorscope.profiler.experiment.EvaluationRecord;
import io.tensorscope.profiler.experiment.ExperimentPlan;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentSummary;
import io.tensorscope.profiler.experiment.LatencyRecord;
import io.tensorscope.profiler.timing.PairedLatency;
import io.tensorscope.profiler.timing.ProfileSettings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rows of the Compress tab made of what an automatic search measured: each candidate, and the original as the search
 * scored and timed it. The search keeps a candidate's median latency only, so these rows have no profile, their
 * p10 and p90 are the median, and their speed-up is the search's: one pair of medians, the original timed right after
 * the candidate.
 */
final class AutoExperiments {

    private AutoExperiments() {
    }

    /** @return the original's score as the search took it: the first candidate's score less its change, 0..1 */
    static double originalScore(AutoCandidate first) {
        return first.metricValue() - first.deltaPoints() / 100;
    }

    /**
     * @param first the search's first candidate, timed and scored next to the original
     * @param model the original model
     * @param scope what the search's scores are (data set, samples, metric)
     * @return the original's row: its score as the search took it, its median as timed right after {@code first}
     */
    static CompressExperiment original(AutoCandidate first, Model model, ExperimentPlan plan, EvaluationScope scope) {
        ExperimentRecord record = record(ExperimentSummary.ORIGINAL, null, model, null, first.latencyMs() * first.speedUp(),
                scope.scored(originalScore(first)), plan);
        return new CompressExperiment(record.summary(ExperimentSummary.ORIGINAL), model, plan, record, null, null);
    }

    /**
     * @param name     the row's name, unique among the model's experiments
     * @param settings how it was made, in words
     * @param parentId the original's experiment id
     * @return the candidate's row, its pipeline the search's replayable spec, its score's further figures (fidelity)
     * as the search's evaluation gave them, its speed-up over the original timed right after it
     */
    static CompressExperiment candidate(AutoCandidate candidate, String name, String settings, String parentId,
                                        ExperimentPlan plan, EvaluationScope scope) {
        Map<String, Double> details = candidate.record().isOriginal() || candidate.record().evaluation() == null
                ? Map.of() : candidate.record().evaluation().details();
        ExperimentRecord record = record(name, parentId, candidate.model(), candidate.spec(), candidate.latencyMs(),
                new Evaluation(scope.dataset(), scope.samples(), scope.metric(), candidate.metricValue(), details), plan);
        return new CompressExperiment(record.summary(settings), candidate.model(), plan, record, null,
                PairedLatency.ofMedians(candidate.latencyMs() * candidate.speedUp(), candidate.latencyMs()));
    }

    private static ExperimentRecord record(String name, String parentId, Model model, PipelineSpec spec, double medianMs,
                                           Evaluation evaluation, ExperimentPlan plan) {
        ProfileSettings timing = plan.profile();
        return new ExperimentRecord(UUID.randomUUID().toString(), name, Instant.now(), parentId, model.name(),
                Digests.ofModel(model), ModelWriter.serializedSizeBytes(model), spec, MachineKey.current(timing.threads()),
                Versions.TENSORSCOPE, new LatencyRecord(timing.threads(), timing.warmupRuns(), timing.runs(), medianMs,
                medianMs, medianMs), EvaluationRecord.of(evaluation), List.of());
    }
}
