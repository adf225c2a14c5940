package io.tensorscope.engine.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelLoader;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** load → save → load is lossless, and ONNX Runtime loads and runs what we write. */
class ModelRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void miniLmRoundTripsLosslesslyAndOrtLoadsIt() throws Exception {
        Model original = new ModelSource().open("minilm", ProgressListener.NONE);
        Path first = dir.resolve("first.onnx");
        ModelWriter.write(original, first);
        Model reloaded = new ModelLoader().load(first, ProgressListener.NONE);
        assertEquals(original.proto(), reloaded.proto());
        Path second = dir.resolve("second.onnx");
        ModelWriter.write(reloaded, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        try (OrtSession session = OrtEnvironment.getEnvironment().createSession(first.toString())) {
            assertEquals(3, session.getInputNames().size());
            assertTrue(session.getInputNames().contains("input_ids"));
        }
    }

    @Test
    void externalWeightsTravelWithTheModelAndOrtRunsIt() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source"));
        Path model = ExternalModels.writeTinyExternal(source);
        Model loaded = new ModelLoader().load(model, ProgressListener.NONE);
        Path target = Files.createDirectories(dir.resolve("target")).resolve("copy.onnx");
        ModelWriter.write(loaded, target);
        assertTrue(Files.exists(target.resolveSibling("weights.bin")));
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(target.toString());
             OnnxTensor x = OnnxTensor.createTensor(env, new float[][] {{1, 0, 0, 1}});
             OrtSession.Result result = session.run(Map.of("x", x))) {
            float[][] y = (float[][]) result.get(0).getValue();
            // row 0 of W is (0, 0.5), row 3 is (3, 3.5): x selects rows 0 and 3
            assertArrayEquals(new float[] {3f, 4f}, y[0], 1e-6f);
        }
    }

    @Test
    void failedWriteLeavesNoFileBehind() throws Exception {
        Model model = new ModelLoader().load(ExternalModels.writeTinyExternal(dir), ProgressListener.NONE);
        Path target = dir.resolve("missing-folder").resolve("out.onnx");
        assertThrows(TensorscopeException.class, () -> ModelWriter.write(model, target));
        assertFalse(Files.exists(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
