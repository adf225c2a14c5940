package io.tensorscope.engine.importer.tfjs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.FileSizes;
import io.tensorscope.engine.importer.spi.ModelImporter;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.model.Shape;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Imports a TensorFlow.js <em>layers</em> model ({@code model.json} + binary weight shards) of a Keras
 * Sequential network into ONNX (opset 13). See {@link KerasSequentialConverter} for the supported
 * layers and the channels-last/channels-first handling.
 */
public final class TfjsLayersImporter implements ModelImporter {

    /** Default-domain opset of the ONNX graphs this importer writes. */
    public static final long OPSET = 13;

    @Override
    public String format() {
        return "tfjs-layers";
    }

    /** Accepts any content that starts like a JSON object; {@link #importModel} then checks it is TF.js. */
    @Override
    public boolean accepts(Path file, byte[] head) {
        for (byte b : head) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    @Override
    public Model importModel(Path file, ProgressListener progress) throws TensorscopeException {
        JsonNode root = parse(file);
        JsonNode topology = root.path("modelTopology");
        if (topology.isMissingNode() || !root.has("weightsManifest")) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, file.getFileName()
                    + " is JSON but not a TF.js layers model (no modelTopology / weightsManifest)");
        }
        JsonNode modelConfig = topology.has("model_config") ? topology.path("model_config") : topology;
        if (!"Sequential".equals(modelConfig.path("class_name").asText())) {
            throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, file.getFileName() + " holds a Keras "
                    + modelConfig.path("class_name").asText("?") + " model; only Sequential models are imported");
        }
        JsonNode config = modelConfig.path("config");
        JsonNode layers = config.isArray() ? config : config.path("layers");
        if (layers.isEmpty()) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, file.getFileName() + " has no layers");
        }
        progress.onProgress(0.2, "reading weight shards");
        Path folder = file.toAbsolutePath().getParent();
        TfjsWeights weights = TfjsWeights.read(root.path("weightsManifest"), folder);
        progress.checkCancelled();
        JsonNode batchInputShape = layers.get(0).path("config").path("batch_input_shape");
        if (!batchInputShape.isArray()) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, file.getFileName()
                    + ": the first layer declares no batch_input_shape");
        }
        String inputName = layers.get(0).path("config").path("name").asText("input") + "_input";
        Shape inputShape = KerasSequentialConverter.inputShape(batchInputShape);
        GraphBuilder graph = GraphBuilder.create(file.getParent() == null ? "tfjs" : folder.getFileName().toString())
                .opset(OPSET);
        graph.input(inputName, ElementType.FLOAT, inputShape);
        KerasSequentialConverter converter = new KerasSequentialConverter(graph, weights, inputName, inputShape.rank());
        for (JsonNode layer : layers) {
            converter.add(layer);
        }
        converter.finish();
        Model built = graph.build();
        long size = FileSizes.of(file) + weights.shardBytes();
        return new Model(built.proto().toBuilder().setProducerName("tensorscope tfjs-layers importer")
                .setProducerVersion(topology.path("keras_version").asText("")).setIrVersion(7).build(),
                file.getFileName().toString(), file, format(), size);
    }

    private static JsonNode parse(Path file) throws TensorscopeException {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, file.getFileName() + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
