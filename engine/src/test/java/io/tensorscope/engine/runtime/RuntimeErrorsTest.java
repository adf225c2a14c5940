package io.tensorscope.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RuntimeErrorsTest {

    @Test
    void onnxRuntimesCodeAndTemporaryFileAreLeftOutSoTheCauseFitsOnTheLine() {
        String ort = "Error code - ORT_INVALID_GRAPH - message: Load model from /tmp/tensorscope-5256301367540510818.onnx "
                + "failed:This is an invalid model. Type Error: Type 'tensor(float16)' of input parameter (s) of operator "
                + "(Resize) in node (r) is invalid.\nsecond line";
        assertEquals("This is an invalid model. Type Error: Type 'tensor(float16)' of input parameter (s) of operator "
                + "(Resize) in node (r) is invalid.", RuntimeErrors.firstLine(new RuntimeException(new Exception(ort))));
    }

    @Test
    void aLongLineIsCutAt300Characters() {
        String line = RuntimeErrors.firstLine(new IllegalStateException("x".repeat(400)));
        assertEquals(301, line.length());
        assertEquals('…', line.charAt(300));
    }
}
