package io.tensorscope.profiler.report.gain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import io.tensorscope.profiler.report.ExperimentRecordJson;
import io.tensorscope.profiler.report.MeasuredDetailJson;
import org.junit.jupiter.api.Test;

/** What a report needs survives the workspace's JSON unchanged: per-layer detail, in-turn timing, sample outcomes. */
class StoredMeasurementsTest {

    @Test
    void detailRoundTrips() throws Exception {
        for (MeasuredDetail detail : new MeasuredDetail[] {ReportFixtures.baselineDetail(),
                ReportFixtures.candidateDetail()}) {
            String text = MeasuredDetailJson.write(detail).toString();
            assertEquals(detail, MeasuredDetailJson.read(new ObjectMapper().readTree(text)));
        }
    }

    @Test
    void outcomesRoundTripWithTheRecord() throws Exception {
        ExperimentRecord record = ReportFixtures.candidate();
        String text = ExperimentRecordJson.write(record, PassRegistry.standard()).toString();
        ExperimentRecord read = ExperimentRecordJson.read(new ObjectMapper().readTree(text));
        assertEquals(record.evaluation().outcomes(), read.evaluation().outcomes());
        assertEquals(0.8, read.evaluation().outcomes().accuracy(), 1e-12);
    }

    @Test
    void malformedDetailIsOneClearError() {
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> MeasuredDetailJson.read(new ObjectMapper().readTree("{\"threads\": 1, \"layers\": [{}]}")));
        assertTrue(e.getMessage().startsWith("a stored measurement is malformed"), e.getMessage());
    }
}
