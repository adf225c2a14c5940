package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.Versions;
import io.tensorscope.engine.evaluate.Evaluation;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PipelineResult;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.profiler.ceilings.MachineKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Makes {@link ExperimentRecord}s of what was just measured or made on this machine. */
public final class ExperimentRecords {

    private ExperimentRecords() {
    }

    /** @return the record of an unmodified model, timed and scored ({@code measured}) */
    public static ExperimentRecord original(MeasuredModel measured) {
        return measured(ExperimentSummary.ORIGINAL, measured, null);
    }

    /** @return the record of an unmodified model neither timed nor scored: the parent of what is made from it */
    public static ExperimentRecord original(Model model) {
        return record(ExperimentSummary.ORIGINAL, null, model, null, null, null, List.of(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * @return the record, named {@code name}, of a model Tensorscope did not make (e.g. one {@code compare} measured
     * against the experiment {@code parentId}), timed and scored
     */
    public static ExperimentRecord measured(String name, MeasuredModel measured, String parentId) {
        return record(name, parentId, measured.model(), null, LatencyRecord.of(measured.profile()),
                EvaluationRecord.of(measured.evaluation()), List.of(), measured.profile().settings().threads());
    }

    /** @return the record of a compression experiment run on the model of experiment {@code parentId} */
    public static ExperimentRecord of(CompressionRun run, String parentId) {
        return of(run.summary().name(), run.pipeline(), run.measured(), parentId);
    }

    /**
     * @return the record, named {@code name}, of {@code pipeline}'s output run on the model of experiment
     * {@code parentId}, timed and scored ({@code measured})
     */
    public static ExperimentRecord of(String name, PipelineResult pipeline, MeasuredModel measured, String parentId) {
        return record(name, parentId, pipeline.model(), pipeline.spec(), LatencyRecord.of(measured.profile()),
                EvaluationRecord.of(measured.evaluation()), pipeline.reports(), measured.profile().settings().threads());
    }

    /**
     * @return the record of a pipeline's output that was neither timed nor scored (e.g. {@code optimize}), run on the
     * model of experiment {@code parentId} (null: a model not recorded)
     */
    public static ExperimentRecord unmeasured(PipelineResult pipeline, String parentId, PassRegistry registry)
            throws TensorscopeException {
        return record(ExperimentNames.shortName(pipeline.spec(), registry), parentId, pipeline.model(), pipeline.spec(),
                null, null, pipeline.reports(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param made       the step that made {@code model} from the parent's (e.g. {@code finetune} and its settings)
     * @param evaluation its score, or null when not scored
     * @param threads    the threads it was made with
     * @return the record of a trained model, not timed, made from the model of experiment {@code parentId}
     */
    public static ExperimentRecord trained(String name, Model model, PipelineSpec made, String parentId,
                                           Evaluation evaluation, int threads) {
        return record(name, parentId, model, made, null, evaluation == null ? null : EvaluationRecord.of(evaluation),
                List.of(), threads);
    }

    private static ExperimentRecord record(String name, String parentId, Model model, PipelineSpec pipeline,
                                           LatencyRecord latency, EvaluationRecord evaluation, List<PassReport> reports,
                                           int threads) {
        return new ExperimentRecord(newId(), name, Instant.now(), parentId, model.name(), Digests.ofModel(model),
                ModelWriter.serializedSizeBytes(model), pipeline, MachineKey.current(threads), Versions.TENSORSCOPE,
                latency, evaluation, reports);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
