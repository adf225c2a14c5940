package io.tensorscope.profiler.experiment;

import io.tensorscope.engine.pass.PassReport;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.profiler.ceilings.MachineKey;
import io.tensorscope.profiler.stats.Percentiles;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One experiment, complete and self-contained: what model it is (by digest), how it was made (a replayable pipeline
 * spec run on the parent), where and with what it was measured, and what came out. Holds no live object, so it can be
 * stored and read back (its JSON form: {@code profiler.report.ExperimentRecordJson}) unchanged.
 *
 * @param id                 unique id
 * @param name               short name for tables and charts, e.g. {@code static int8 minmax}
 * @param createdAt          when it was made
 * @param parentId           the experiment whose model the pipeline ran on; null for an original model
 * @param modelName          the model's display name
 * @param modelSha256        hex SHA-256 of the serialized model
 * @param modelSizeBytes     serialized size, bytes
 * @param pipeline           the spec that made it from the parent's model, every option written out; null for an
 *                           original model
 * @param machine            CPU model, logical cores, threads and runtime of the machine that measured it
 * @param tensorscopeVersion Tensorscope's version
 * @param latency            latency, or null when not timed
 * @param evaluation         score, or null when not scored
 * @param passReports        every pipeline step's report, in order (empty for an original)
 */
public record ExperimentRecord(String id, String name, Instant createdAt, String parentId, String modelName,
                               String modelSha256, long modelSizeBytes, PipelineSpec pipeline, MachineKey machine,
                               String tensorscopeVersion, LatencyRecord latency, EvaluationRecord evaluation,
                               List<PassReport> passReports) {

    public ExperimentRecord {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(modelSha256);
        Objects.requireNonNull(machine);
        passReports = List.copyOf(passReports);
    }

    /** @return whether this is an unmodified model (no pipeline made it) */
    public boolean isOriginal() {
        return pipeline == null;
    }

    /** @return the same experiment scored anew ({@code other}) */
    public ExperimentRecord withEvaluation(EvaluationRecord other) {
        return new ExperimentRecord(id, name, createdAt, parentId, modelName, modelSha256, modelSizeBytes, pipeline,
                machine, tensorscopeVersion, latency, other, passReports);
    }

    /** @return the latency, if the model was timed */
    public Optional<LatencyRecord> latencyRecord() {
        return Optional.ofNullable(latency);
    }

    /**
     * @param settings how it was made, in words (see {@link ExperimentNames#describe})
     * @return the figures of a timed and scored experiment for tables and charts
     * @throws IllegalStateException when it was not timed or not scored
     */
    public ExperimentSummary summary(String settings) {
        if (latency == null || evaluation == null) {
            throw new IllegalStateException(name + " was not timed and scored");
        }
        Percentiles p = latency.percentiles();
        return ExperimentSummary.of(name, isOriginal() ? ExperimentSummary.ORIGINAL : settings, modelSizeBytes, p,
                evaluation.evaluation());
    }
}
