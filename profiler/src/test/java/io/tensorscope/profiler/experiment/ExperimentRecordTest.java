package io.tensorscope.profiler.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineResult;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.quantize.QuantizationTable;
import io.tensorscope.profiler.report.ExperimentRecordJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records hold no live object: they round-trip through JSON unchanged, and their spec replays to the same model. */
class ExperimentRecordTest {

    private final PassRegistry registry = PassRegistry.standard();

    @Test
    void aRecordRoundTripsThroughJsonAndItsSpecReplaysToTheSameBytes() throws Exception {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        PipelineSpec spec = new PipelineSpec("mnist", List.of(PipelineStep.parse("static-int8:samples=100,"
                + "calibration=entropy"), PipelineStep.parse("fp16:exclude-nodes=dense_2")));
        PipelineResult made = new PipelineRunner(registry).run(cnn, spec, PassContext.of(ProgressListener.NONE));
        ExperimentRecord record = ExperimentRecords.unmeasured(made, "parent-id", registry);
        assertEquals("static int8 entropy + fp16", record.name());
        assertEquals(2, record.passReports().size());
        assertTrue(record.passReports().get(0).section(QuantizationTable.KEY).isPresent());
        assertNull(record.latency());

        String json = new ObjectMapper().writeValueAsString(ExperimentRecordJson.write(record, registry));
        ExperimentRecord read = ExperimentRecordJson.read(new ObjectMapper().readTree(json));
        assertEquals(record, read);

        PipelineResult replayed = new PipelineRunner(registry).run(cnn, read.pipeline(), PassContext.of(ProgressListener.NONE));
        assertEquals(record.modelSha256(), Digests.ofModel(replayed.model()), "replaying the stored spec on the parent "
                + "gives a byte-identical model");
        assertEquals("100", read.pipeline().steps().get(0).options().get("samples"));
        assertEquals("true", read.pipeline().steps().get(0).options().get("per-channel"), "defaults are stored too");
    }

    @Test
    void foreignOrNewerJsonIsRefusedWithAReason() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        TensorscopeException newer = assertThrows(TensorscopeException.class,
                () -> ExperimentRecordJson.read(mapper.readTree("{\"version\": 2}")));
        assertTrue(newer.getMessage().contains("newer"), newer.getMessage());
        TensorscopeException broken = assertThrows(TensorscopeException.class,
                () -> ExperimentRecordJson.read(mapper.readTree("{\"version\": 1, \"id\": \"x\"}")));
        assertTrue(broken.getMessage().startsWith("not an experiment record"), broken.getMessage());
    }
}
