package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.Versions;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineResult;
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
        Model model = measured.model();
        return new ExperimentRecord(newId(), ExperimentSummary.ORIGINAL, Instant.now(), null, model.name(),
                Digests.ofModel(model), ModelWriter.serializedSizeBytes(model), null,
                MachineKey.current(measured.profile().settings().threads()), Versions.TENSORSCOPE,
                LatencyRecord.of(measured.profile()), EvaluationRecord.of(measured.evaluation()), List.of());
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
        return made(name, parentId, pipeline, LatencyRecord.of(measured.profile()),
                EvaluationRecord.of(measured.evaluation()), measured.profile().settings().threads());
    }

    /**
     * @return the record of a pipeline's output that was neither timed nor scored (e.g. {@code optimize}), run on the
     * model of experiment {@code parentId} (null: a model not recorded)
     */
    public static ExperimentRecord unmeasured(PipelineResult pipeline, String parentId, PassRegistry registry)
            throws TensorscopeException {
        return made(ExperimentNames.shortName(pipeline.spec(), registry), parentId, pipeline, null, null,
                Runtime.getRuntime().availableProcessors());
    }

    private static ExperimentRecord made(String name, String parentId, PipelineResult pipeline, LatencyRecord latency,
                                         EvaluationRecord evaluation, int threads) {
        Model model = pipeline.model();
        return new ExperimentRecord(newId(), name, Instant.now(), parentId, model.name(), Digests.ofModel(model),
                ModelWriter.serializedSizeBytes(model), pipeline.spec(), MachineKey.current(threads), Versions.TENSORSCOPE,
                latency, evaluation, pipeline.reports());
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
