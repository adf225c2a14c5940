package io.tensorscope.profiler.ceilings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CeilingsJsonTest {

    static MachineCeilings sample() {
        ThreadCeilings one = new ThreadCeilings(1, Map.of(MemoryLevel.L1, 100.0, MemoryLevel.DRAM, 12.5),
                Map.of(Precision.FP32, 95.0, Precision.INT8, 400.0), List.of(new BandwidthSample(12288, 100.0)));
        ThreadCeilings two = new ThreadCeilings(2, Map.of(MemoryLevel.L1, 190.0, MemoryLevel.DRAM, 24.0),
                Map.of(Precision.FP32, 180.0), List.of());
        return new MachineCeilings("Test CPU", 2, "ONNX Runtime 1.21.1", new CacheSizes(48 << 10, 1280 << 10, 48 << 20, true),
                Instant.parse("2026-11-29T16:00:00Z"), one, two, GpuCeilings.absent("no CUDA device: using CPU (test)"),
                List.of("no fp16 peak"));
    }

    @Test
    void roundTripsAndFollowsTheDesignShape() {
        ObjectNode json = CeilingsJson.toJson(sample());
        assertEquals(2, json.at("/cpu/threads").asInt());
        assertEquals(180.0, json.at("/cpu/peak_gflops/fp32").asDouble());
        assertEquals(24.0, json.at("/cpu/bandwidth_gbps/dram").asDouble());
        assertTrue(json.at("/cpu/bandwidth_gbps/l2").isMissingNode(), "an unmeasured level is absent, not 0");
        assertTrue(json.get("gpu").isNull());
        assertEquals(sample(), CeilingsJson.fromJson(json));
    }

    @Test
    void aDocumentWithoutTheMachineIsRejected() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> CeilingsJson.fromJson(new ObjectMapper().readTree("{}")));
    }
}
