package io.tensorscope.profiler.workspace;

import io.tensorscope.engine.Versions;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.SyntheticGraphs;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.profiler.ceilings.MachineKey;
import io.tensorscope.profiler.experiment.Digests;
import io.tensorscope.profiler.experiment.EvaluationRecord;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.LatencyRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small experiment records on synthetic graphs, timed and scored, for the workspace tests. */
final class TestRecords {

    static final MachineKey MACHINE = new MachineKey("test cpu", 2, 1, "onnxruntime test");
    static final PipelineSpec FP16 = new PipelineSpec(null, List.of(new PipelineStep("fp16", Map.of())));

    private TestRecords() {
    }

    /** @return a model of {@code nodes} nodes (distinct node counts give distinct digests) */
    static Model model(int nodes) {
        return SyntheticGraphs.chain(nodes);
    }

    /** @return an original (no parent, no pipeline) of {@code model}, made at {@code at} */
    static ExperimentRecord original(Model model, Instant at) {
        return record(UUID.randomUUID().toString(), null, model, at);
    }

    /** @return a child of {@code parentId} made by fp16, timed at 1.5 ms and scored 0.97 */
    static ExperimentRecord child(String parentId, Model model, Instant at) {
        return record(UUID.randomUUID().toString(), parentId, model, at);
    }

    /** @return a record of id {@code id}: with a pipeline when it has a parent */
    static ExperimentRecord record(String id, String parentId, Model model, Instant at) {
        return new ExperimentRecord(id, parentId == null ? "original" : "fp16", at, parentId, model.name(),
                Digests.ofModel(model), model.proto().getSerializedSize(), parentId == null ? null : FP16, MACHINE,
                Versions.TENSORSCOPE, new LatencyRecord(1, 5, 20, 1.5, 1.25, 1.75),
                new EvaluationRecord("mnist", null, 100, "top-1 accuracy", 0.97, Map.of("top-5", 0.99)), List.of());
    }
}
