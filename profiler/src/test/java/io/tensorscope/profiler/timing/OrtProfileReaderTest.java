package io.tensorscope.profiler.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrtProfileReaderTest {

    /** Two runs (the first a warm-up), each with one MatMul kernel; a session event and a fence event to skip. */
    private static final String PROFILE = """
            [
             {"cat":"Session","pid":1,"tid":7,"dur":900,"ts":10,"ph":"X","name":"session_initialization","args":{}},
             {"cat":"Session","pid":1,"tid":7,"dur":100,"ts":1000,"ph":"X","name":"model_run","args":{}},
             {"cat":"Node","pid":1,"tid":7,"dur":80,"ts":1010,"ph":"X","name":"mm_kernel_time",
              "args":{"op_name":"MatMul","provider":"CPUExecutionProvider",
                      "input_type_shape":[{"float":[1,128,384]},{"float":[384,384]}],
                      "output_type_shape":[{"float":[1,128,384]}]}},
             {"cat":"Session","pid":1,"tid":7,"dur":50,"ts":2000,"ph":"X","name":"model_run","args":{}},
             {"cat":"Node","pid":1,"tid":7,"dur":1,"ts":2001,"ph":"X","name":"mm_fence_before","args":{"op_name":"MatMul"}},
             {"cat":"Node","pid":1,"tid":8,"dur":40,"ts":2005,"ph":"X","name":"mm_kernel_time",
              "args":{"op_name":"MatMul","provider":"CPUExecutionProvider",
                      "input_type_shape":[{"float":[1,128,384]},{"int8":[384,384]}],
                      "output_type_shape":[{"int64":[2]}]}}
            ]
            """;

    @Test
    void dropsWarmupRunsAndReadsKernelsWithTheirBytes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ort-profile_1.json"), PROFILE);
        OrtProfile profile = OrtProfileReader.read(file, 1);
        assertEquals(List.of(50L), profile.runMicros());
        assertEquals(1, profile.kernels().size());
        KernelEvent e = profile.kernels().get(0);
        assertEquals("mm", e.kernel());
        assertEquals("MatMul", e.opType());
        assertEquals(8, e.threadId());
        assertEquals(40, e.durationMicros());
        assertEquals(0, e.run());
        assertEquals(128 * 384 * 4 + 384 * 384 + 2 * 8, e.bytesMoved());
        assertEquals(2, e.inputsListed());
        assertEquals(file, OrtProfileReader.findIn(dir));
    }

    @Test
    void keepsEveryRunWithoutWarmup(@TempDir Path dir) throws Exception {
        OrtProfile profile = OrtProfileReader.read(Files.writeString(dir.resolve("p.json"), PROFILE), 0);
        assertEquals(List.of(100L, 50L), profile.runMicros());
        assertEquals(List.of(0, 1), profile.kernels().stream().map(KernelEvent::run).toList());
    }

    @Test
    void aFileThatIsNotAProfileIsAnInternalError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"not\": \"an array\"}");
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> OrtProfileReader.read(file, 0));
        assertEquals(ErrorCode.INTERNAL, e.code());
        assertThrows(TensorscopeException.class, () -> OrtProfileReader.findIn(dir.resolve("missing")));
    }
}
