package io.tensorscope.engine.importer.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.Printable;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.ContainedPaths;
import io.tensorscope.engine.io.FileSizes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The weights of a TF.js model: each {@code weightsManifest} group is the concatenation of its shard
 * files, holding its weights back to back as little-endian float32 in manifest order.
 */
final class TfjsWeights {

    /** One weight: its TF.js shape and values in row-major order. */
    record Weight(long[] shape, float[] values) {
    }

    private final Map<String, Weight> byName;
    private final long shardBytes;

    private TfjsWeights(Map<String, Weight> byName, long shardBytes) {
        this.byName = byName;
        this.shardBytes = shardBytes;
    }

    /**
     * @param manifest the {@code weightsManifest} array of model.json
     * @param folder   folder of model.json; shard paths are relative to it
     * @throws TensorscopeException {@code UNREADABLE_FILE} for a missing shard, {@code INVALID_MODEL} for a
     *                              short shard or an unsupported weight type
     */
    static TfjsWeights read(JsonNode manifest, Path folder) throws TensorscopeException {
        Map<String, Weight> weights = new HashMap<>();
        Set<Path> shards = new LinkedHashSet<>();
        for (JsonNode group : manifest) {
            ByteBuffer data = concatenate(group.path("paths"), folder, shards);
            for (JsonNode w : group.path("weights")) {
                String name = w.path("name").asText();
                if (!"float32".equals(w.path("dtype").asText("float32")) || w.has("quantization")) {
                    throw new TensorscopeException(ErrorCode.UNSUPPORTED_OPERATOR, "TF.js weight '" + name
                            + "' is " + w.path("dtype").asText() + (w.has("quantization") ? " (quantized)" : "")
                            + "; only float32 weights are imported");
                }
                long[] shape = new long[w.path("shape").size()];
                long count = 1;
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = w.path("shape").get(i).asLong(-1);
                    if (shape[i] < 0 || !w.path("shape").get(i).canConvertToExactIntegral()) {
                        throw new TensorscopeException(ErrorCode.INVALID_MODEL, "TF.js weight '" + Printable.of(name)
                                + "' has an invalid shape " + Printable.of(w.path("shape").toString()));
                    }
                    count = saturatingProduct(count, shape[i]);
                }
                if (count > data.remaining() / Float.BYTES) {
                    throw new TensorscopeException(ErrorCode.INVALID_MODEL, "weight shards of '" + name
                            + "' are truncated: its shape " + w.path("shape") + " needs more bytes than the "
                            + data.remaining() + " left");
                }
                float[] values = new float[(int) count];
                data.asFloatBuffer().get(values);
                data.position(data.position() + values.length * Float.BYTES);
                weights.put(name, new Weight(shape, values));
            }
        }
        long bytes = 0;
        for (Path shard : shards) {
            bytes += FileSizes.of(shard);
        }
        return new TfjsWeights(weights, bytes);
    }

    /** @return {@code a × b} for non-negative factors, {@link Long#MAX_VALUE} when it overflows */
    private static long saturatingProduct(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static ByteBuffer concatenate(JsonNode paths, Path folder, Set<Path> shards) throws TensorscopeException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (JsonNode p : paths) {
            Path shard = ContainedPaths.resolve(folder, p.asText(), ErrorCode.INVALID_MODEL,
                    "weight shard '" + Printable.of(p.asText()) + "'");
            try {
                all.write(Files.readAllBytes(shard));
            } catch (NoSuchFileException e) {
                throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "weight shard '" + p.asText()
                        + "' is missing beside model.json");
            } catch (IOException e) {
                throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read weight shard " + shard + ": "
                        + e.getMessage(), e);
            }
            shards.add(shard);
        }
        return ByteBuffer.wrap(all.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * @return the weight of a layer ({@code conv2d_1/kernel}); Keras ≥ 2.3 exports may prefix the model name,
     * so a unique name ending in {@code /<layer>/<kind>} also matches
     * @throws TensorscopeException {@code INVALID_MODEL} if the manifest lacks it
     */
    Weight get(String layer, String kind) throws TensorscopeException {
        String exact = layer + "/" + kind;
        Weight w = byName.get(exact);
        if (w != null) {
            return w;
        }
        for (Map.Entry<String, Weight> e : byName.entrySet()) {
            if (e.getKey().endsWith("/" + exact)) {
                return e.getValue();
            }
        }
        throw new TensorscopeException(ErrorCode.INVALID_MODEL, "the weights manifest has no '" + exact + "'");
    }

    /** @return bytes of all shard files read */
    long shardBytes() {
        return shardBytes;
    }
}
