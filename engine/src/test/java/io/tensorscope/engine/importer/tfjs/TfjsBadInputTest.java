package io.tensorscope.engine.importer.tfjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.assets.AssetCatalog;
import io.tensorscope.assets.AssetStore;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.ModelLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken copies of the real TF.js model give one-line errors with the right code. */
class TfjsBadInputTest {

    @TempDir
    Path dir;

    private Path modelJson;

    @BeforeEach
    void copyBundledModel() throws Exception {
        Path source = new AssetStore().materialize(AssetCatalog.load().find("mnist-cnn").orElseThrow());
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        modelJson = dir.resolve("model.json");
    }

    private TensorscopeException failure() {
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> new ModelLoader().load(modelJson, ProgressListener.NONE));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    @Test
    void missingShard() throws Exception {
        Files.delete(dir.resolve("group3-shard2of2"));
        TensorscopeException e = failure();
        assertEquals(ErrorCode.UNREADABLE_FILE, e.code());
        assertTrue(e.getMessage().contains("group3-shard2of2"), e.getMessage());
    }

    @Test
    void truncatedShard() throws Exception {
        Path shard = dir.resolve("group4-shard1of1");
        Files.write(shard, java.util.Arrays.copyOf(Files.readAllBytes(shard), 1000));
        TensorscopeException e = failure();
        assertEquals(ErrorCode.INVALID_MODEL, e.code());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void negativeOrOverflowingWeightShapes() throws Exception {
        assertEquals(ErrorCode.INVALID_MODEL, withFirstWeightShape(-3, 3, 1, 32).code());
        assertTrue(failure().getMessage().contains("invalid shape [-3,3,1,32]"), failure().getMessage());
        TensorscopeException huge = withFirstWeightShape(1L << 40, 1L << 40, 1, 32);
        assertEquals(ErrorCode.INVALID_MODEL, huge.code());
        assertTrue(huge.getMessage().contains("truncated"), huge.getMessage());
    }

    /** @return the failure of the model whose first weight declares {@code shape} */
    private TensorscopeException withFirstWeightShape(long... shape) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(modelJson.toFile());
        var dims = ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("weightsManifest").get(0)
                .path("weights").get(0)).putArray("shape");
        for (long d : shape) {
            dims.add(d);
        }
        mapper.writeValue(modelJson.toFile(), root);
        return failure();
    }

    @Test
    void unsupportedLayer() throws Exception {
        Files.writeString(modelJson, Files.readString(modelJson).replace("\"Flatten\"", "\"LSTM\""));
        TensorscopeException e = failure();
        assertEquals(ErrorCode.UNSUPPORTED_OPERATOR, e.code());
        assertTrue(e.getMessage().contains("LSTM"), e.getMessage());
    }

    @Test
    void jsonThatIsNotTfjs() throws Exception {
        Files.writeString(modelJson, "{\"name\": \"package\", \"version\": \"1.0.0\"}");
        TensorscopeException e = failure();
        assertEquals(ErrorCode.INVALID_MODEL, e.code());
        assertTrue(e.getMessage().contains("not a TF.js layers model"), e.getMessage());
    }

    @Test
    void malformedJson() throws Exception {
        Files.writeString(modelJson, "{\"modelTopology\": {\"class_name\": ");
        assertEquals(ErrorCode.INVALID_MODEL, failure().code());
    }
}
